"""The lexicon of known methods, datasets and method families: shipped, user-supplied or imported."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from paperkg.exceptions import LoadError
from paperkg.models import Dataset, Entity, Method, MethodFamily, entity_id

__all__ = [
    "FamilyEntry",
    "Lexicon",
    "LexiconEntry",
    "import_paperswithcode",
    "load_lexicon",
    "load_lexicons",
    "shipped_lexicon",
]


class LexiconEntry(BaseModel):
    """A known method, model, system or dataset and the names it goes by.

    ``arxiv`` is the arXiv id of the paper that introduced it, when known: a
    corpus paper with that id introduces the entity. ``year`` dates a long
    established technique (a Hidden Markov Model, 1966): no corpus paper dated
    after it introduced it, even one that writes "we propose an HMM".
    ``ambiguous`` marks a name that is also a common word; it counts only where
    the context shows a name. ``any_field`` marks a name papers of any field use
    (public data: a survey, a cohort, a reanalysis): written as a word
    (Compustat), it counts in any paper, where a machine learning name so written
    (Orca) counts only in one about machine learning.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    kind: Literal["method", "dataset"] = "method"
    aliases: list[str] = Field(default_factory=list)
    families: list[str] = Field(default_factory=list)
    full_name: str | None = None
    version_of: str | None = None
    arxiv: str | None = None
    year: int | None = Field(default=None, ge=1000, le=2100)
    ambiguous: bool = False
    any_field: bool = False
    source: str | None = None

    @property
    def id(self) -> str:
        """Return the node id of the entity."""
        return entity_id(self.kind, self.name)

    def surfaces(self) -> list[str]:
        """Return every name the entity goes by: name, full name and aliases."""
        names = [self.name, *self.aliases]
        if self.full_name:
            names.append(self.full_name)
        return list(dict.fromkeys(n for n in names if n.strip()))

    def to_entity(self, introduced_by: str | None = None) -> Entity:
        """Return the graph node of the entry."""
        cls = Dataset if self.kind == "dataset" else Method
        return cls(
            name=self.name,
            aliases=[a for a in self.surfaces() if a != self.name],
            families=list(self.families),
            introduced_by=introduced_by,
            version_of=entity_id(self.kind, self.version_of) if self.version_of else None,
            source=self.source,
        )


class FamilyEntry(BaseModel):
    """A method family of the controlled vocabulary.

    ``aliases`` are other names of the family, also looked for in the text;
    ``labels`` are names it is looked up by but not looked for (too generic,
    "optimization"); ``phrases`` are wordings that put a paper in the family
    when its own text uses them; ``weak_phrases`` count half, and only
    together with other evidence. ``min_score`` raises the evidence a broad
    family needs before a paper is put in it.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    labels: list[str] = Field(default_factory=list)
    min_score: float | None = None
    phrases: list[str] = Field(default_factory=list)
    weak_phrases: list[str] = Field(default_factory=list)

    @property
    def id(self) -> str:
        """Return the node id of the family."""
        return entity_id("family", self.name)

    def to_entity(self) -> MethodFamily:
        """Return the graph node of the family."""
        return MethodFamily(name=self.name, aliases=[*self.aliases, *self.labels])


class _LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["paperkg-lexicon"] = "paperkg-lexicon"
    version: str = "0"
    description: str | None = None
    families: list[FamilyEntry] = Field(default_factory=list)
    entries: list[LexiconEntry] = Field(default_factory=list)


class Lexicon:
    """Entries and families by id; later additions win over earlier ones of the same id."""

    def __init__(self, version: str = "0") -> None:
        self.version = version
        self.entries: dict[str, LexiconEntry] = {}
        self.families: dict[str, FamilyEntry] = {}
        self._family_names: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def add_family(self, family: FamilyEntry) -> None:
        """Add or replace a family."""
        self.families[family.id] = family
        for name in (family.name, *family.aliases, *family.labels):
            self._family_names.setdefault(name.casefold(), family.id)
        self._family_names[family.name.casefold()] = family.id

    def add(self, entry: LexiconEntry) -> None:
        """Add or replace an entry, adding any family it names that is not known yet."""
        self.entries[entry.id] = entry
        for family in entry.families:
            if self.family_id(family) is None:
                self.add_family(FamilyEntry(name=family))

    def extend(self, other: Lexicon, *, replace: bool = True) -> None:
        """Add every family and entry of ``other``.

        With ``replace=False`` an entry of an id already known only adds its
        aliases (and its families, where the known entry has none), so an
        import cannot overwrite curated entries.
        """
        for family in other.families.values():
            if replace or family.id not in self.families:
                self.add_family(family)
        for entry in other.entries.values():
            known = self.entries.get(entry.id)
            if replace or known is None:
                self.add(entry)
                continue
            aliases = [a for a in entry.surfaces() if a not in known.surfaces()]
            update: dict[str, list[str]] = {"aliases": [*known.aliases, *aliases]}
            if not known.families:
                update["families"] = entry.families
            self.add(known.model_copy(update=update))
        self.version = f"{self.version}+{other.version}" if other.version != "0" else self.version

    def family_id(self, name: str) -> str | None:
        """Return the id of the family called ``name`` (name or alias, any case), or None."""
        found = self._family_names.get(name.casefold())
        if found is not None:
            return found
        candidate = entity_id("family", name)
        return candidate if candidate in self.families else None

    def family_names(self, names: Iterable[str]) -> list[str]:
        """Return the canonical names of the families in ``names`` that are known."""
        out: list[str] = []
        for name in names:
            fid = self.family_id(name)
            if fid is not None and self.families[fid].name not in out:
                out.append(self.families[fid].name)
        return out


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise LoadError(f"{path}: cannot read the lexicon file ({e.strerror})") from e
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise LoadError(f"{path}, line {e.lineno}: not valid JSON ({e.msg})") from e


def _from_file_data(data: Any, where: str) -> Lexicon:
    try:
        parsed = _LexiconFile.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise LoadError(
            f"{where}: {loc}: {first['msg']}; a lexicon file is "
            '{"format": "paperkg-lexicon", "families": [...], "entries": [{"name": ..., "kind": ...}]}'
        ) from e
    lexicon = Lexicon(parsed.version)
    for family in parsed.families:
        lexicon.add_family(family)
    for entry in parsed.entries:
        lexicon.add(entry.model_copy(update={"source": entry.source or where}))
    return lexicon


def shipped_lexicon() -> Lexicon:
    """Return the lexicon shipped with paperkg (``paperkg/data/lexicon.json`` and ``public-data.json``).

    Returns
    -------
    Lexicon
        A few hundred curated methods, models, systems and datasets of machine
        learning, the controlled vocabulary of method families, and the public
        data of other fields that papers name without calling it data
        ("occurrence records from GBIF", "using NHANES 2011-2016").
    """
    data = resources.files("paperkg").joinpath("data")
    curated = json.loads(data.joinpath("lexicon.json").read_text(encoding="utf-8"))
    lexicon = _from_file_data(curated, "paperkg lexicon")
    public = json.loads(data.joinpath("public-data.json").read_text(encoding="utf-8"))
    lexicon.extend(_from_file_data(public, "paperkg public data"), replace=False)
    return lexicon


def import_paperswithcode(path: str | Path) -> Lexicon:
    """Import a Papers-with-Code ``methods.json`` (or ``.json.gz``) dump as a lexicon.

    Each method becomes an entry named by its ``name``, with its ``full_name``
    as an alias and its ``collections`` as families.

    Parameters
    ----------
    path
        The dump: a JSON list of objects with ``name``, ``full_name`` and
        ``collections`` (a list of ``{"collection": ...}`` or of strings).

    Returns
    -------
    Lexicon

    Raises
    ------
    LoadError
        When the file cannot be read or is not such a list.
    """
    path = Path(path)
    data = _read_json(path)
    if not isinstance(data, list):
        raise LoadError(f"{path}: expected a JSON list of methods (Papers-with-Code methods.json)")
    lexicon = Lexicon("paperswithcode")
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise LoadError(f"{path}: record {number}: expected an object with a 'name'")
        families: list[str] = []
        for collection in item.get("collections") or []:
            label = collection.get("collection") if isinstance(collection, dict) else collection
            if isinstance(label, str) and label.strip() and label not in families:
                families.append(label.strip())
        full_name = item.get("full_name") if isinstance(item.get("full_name"), str) else None
        name = item["name"].strip()
        year = item.get("introduced_year")
        lexicon.add(
            LexiconEntry(
                name=name,
                kind="method",
                full_name=full_name.strip() if full_name and full_name.strip() != name else None,
                families=families[:3],
                year=year if isinstance(year, int) and 1000 <= year <= 2100 else None,
                source=str(path),
            )
        )
    return lexicon


def load_lexicon(path: str | Path) -> Lexicon:
    """Load a lexicon file: paperkg's own format, or a Papers-with-Code methods dump.

    Parameters
    ----------
    path
        A ``.json`` or ``.json.gz`` file. An object with ``"format":
        "paperkg-lexicon"`` is read as paperkg's format (see the README); a JSON
        list as a Papers-with-Code ``methods.json``.

    Returns
    -------
    Lexicon

    Raises
    ------
    LoadError
        When the file cannot be read or does not hold a lexicon.
    """
    path = Path(path)
    data = _read_json(path)
    if isinstance(data, list):
        return import_paperswithcode(path)
    return _from_file_data(data, str(path))


def load_lexicons(paths: Iterable[str | Path] = (), *, shipped: bool = True) -> Lexicon:
    """Return the shipped lexicon extended by each of ``paths`` in order.

    Parameters
    ----------
    paths
        Lexicon files: entries of a paperkg-format file replace earlier ones of
        the same id; a Papers-with-Code dump only adds names and aliases.
    shipped
        Start from the shipped lexicon (else from an empty one).

    Returns
    -------
    Lexicon

    Raises
    ------
    LoadError
        When a file cannot be read or does not hold a lexicon.
    """
    lexicon = shipped_lexicon() if shipped else Lexicon()
    for path in paths:
        extra = load_lexicon(path)
        # an imported dump adds names; it does not overwrite entries curated for paperkg
        lexicon.extend(extra, replace=extra.version != "paperswithcode")
    return lexicon
