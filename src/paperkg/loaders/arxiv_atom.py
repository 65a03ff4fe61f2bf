"""A saved arXiv API response (Atom 1.0), parsed with expat and refusing DTDs and entities."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.parsers import expat

from paperkg.exceptions import LoadError
from paperkg.loaders.base import Limits, LoadOptions, LoadReport, open_text
from paperkg.loaders.records import check_filters, date_fields, passes_filters, squash
from paperkg.models import Paper, Provenance, split_arxiv_version

__all__ = [
    "FORMAT",
    "iter_atom_entries",
    "load",
    "load_arxiv_atom",
    "paper_from_atom",
    "parse_atom_chunks",
    "sniff",
]

FORMAT = "arxiv-atom"
ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_CHUNK = 64 * 1024


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for an Atom feed that uses the arXiv schema namespace."""
    return "<feed" in head and "http://www.w3.org/2005/Atom" in head and "arxiv.org" in head


class _Forbidden(Exception):
    """The document declares a DTD or an entity, which a feed never needs."""


def _forbid(*_: Any) -> None:
    raise _Forbidden


def _forbid_external(*_: Any) -> int:
    raise _Forbidden


def iter_atom_entries(path: Path, limits: Limits | None = None) -> Iterator[tuple[int, ET.Element]]:
    """Yield ``(line, entry)`` for each ``<entry>`` of an Atom file, streaming.

    See :func:`parse_atom_chunks` for the safety guarantees.

    Raises
    ------
    LoadError
        When the XML is malformed or declares a DTD or entities.
    """
    with open_text(path, limits) as handle:
        yield from parse_atom_chunks(iter(lambda: handle.read(_CHUNK), ""), str(path))


def parse_atom_chunks(chunks: Iterable[str], where: str) -> Iterator[tuple[int, ET.Element]]:
    """Yield ``(line, entry)`` for each ``<entry>`` of Atom XML given as text chunks.

    The parser is expat with handlers that refuse any DOCTYPE, entity
    declaration or external entity reference, so a hostile file can neither
    expand entities (billion laughs) nor make the parser read other files.

    Raises
    ------
    LoadError
        When the XML is malformed or declares a DTD or entities.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid_external
    parser.UnparsedEntityDeclHandler = _forbid
    builder: ET.TreeBuilder | None = None
    depth = 0
    start_line = 0
    done: list[tuple[int, ET.Element]] = []

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal builder, depth, start_line
        tag = "{" + name if "}" in name else name
        if builder is None and tag == f"{ATOM}entry":
            builder = ET.TreeBuilder()
            depth = 0
            start_line = parser.CurrentLineNumber
        if builder is not None:
            depth += 1
            builder.start(tag, {("{" + k if "}" in k else k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        nonlocal builder, depth
        if builder is None:
            return
        builder.end("{" + name if "}" in name else name)
        depth -= 1
        if depth == 0:
            done.append((start_line, builder.close()))
            builder = None

    def data(text: str) -> None:
        if builder is not None:
            builder.data(text)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    for chunk, final in itertools.chain(((c, False) for c in chunks), [("", True)]):
        try:
            parser.Parse(chunk, final)
        except _Forbidden:
            raise LoadError(
                f"{where}, line {parser.CurrentLineNumber}: the XML declares a DTD or entities, which an "
                "arXiv API response never does; refusing to parse it"
            ) from None
        except expat.ExpatError as e:
            raise LoadError(
                f"{where}, line {e.lineno}: not well-formed XML ({expat.errors.messages[e.code]})"
            ) from e
        yield from done
        done.clear()


def _text(entry: ET.Element, tag: str) -> str | None:
    node = entry.find(tag)
    return squash(node.text) if node is not None else None


def paper_from_atom(entry: ET.Element, provenance: Provenance) -> Paper:
    """Turn one Atom ``<entry>`` of the arXiv API into a Paper.

    Raises
    ------
    ValueError
        When the entry is an API error entry or has no arXiv id.
    """
    raw_id = _text(entry, f"{ATOM}id") or ""
    if "/api/errors" in raw_id:
        raise ValueError(f"the API answered an error: {_text(entry, f'{ATOM}summary') or raw_id}")
    arxiv_id, version = split_arxiv_version(raw_id)
    published, precision, year = date_fields(_text(entry, f"{ATOM}published"))
    authors = [name for author in entry.findall(f"{ATOM}author") if (name := _text(author, f"{ATOM}name"))]
    categories = []
    primary = entry.find(f"{ARXIV}primary_category")
    if primary is not None and primary.get("term"):
        categories.append(primary.get("term", ""))
    for node in entry.findall(f"{ATOM}category"):
        term = node.get("term")
        if term and term not in categories:
            categories.append(term)
    return Paper(
        arxiv_id=arxiv_id,
        arxiv_version=version,
        doi=_text(entry, f"{ARXIV}doi"),
        title=_text(entry, f"{ATOM}title"),
        abstract=_text(entry, f"{ATOM}summary"),
        authors=authors,
        published=published,
        date_precision=precision,
        year=year,
        categories=categories,
        venue=_text(entry, f"{ARXIV}journal_ref"),
        url=f"https://arxiv.org/abs/{arxiv_id}",
        provenance=[provenance],
    )


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Stream the entries of a saved Atom response; error entries are rejected by line."""
    check_filters(options)
    for record_no, (line, entry) in enumerate(iter_atom_entries(path, options.limits), start=1):
        report.read += 1
        try:
            paper = paper_from_atom(entry, report.provenance(record=record_no, line=line))
        except ValueError as e:
            reason = " ".join(str(e).split())
            report.reject(line, f"entry {record_no}: {reason}", strict=options.strict)
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        yield paper


def load_arxiv_atom(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream the papers of a saved arXiv API response (``export.arxiv.org/api/query``).

    Parameters
    ----------
    path
        The Atom XML, plain or gzip.
    options
        Filters and strictness.
    report
        Filled in as the file is read.

    Returns
    -------
    Iterator[Paper]
        One paper per ``<entry>``: id and version, title, summary, authors,
        published date, categories (primary first), ``arxiv:doi`` and
        ``arxiv:journal_ref`` as the venue.

    Raises
    ------
    LoadError
        When the XML is malformed or declares a DTD or entities.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from load(path, options or LoadOptions(), report)
