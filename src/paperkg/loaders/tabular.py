"""Generic JSON Lines and CSV records, with a mapping from model fields to columns (``--field``)."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from paperkg.exceptions import LoadError
from paperkg.loaders.base import (
    Limits,
    LoadOptions,
    LoadReport,
    clip_field,
    head_lines,
    load_json,
    not_utf8,
    open_text,
    parse_date,
    read_head,
    record_lines,
)
from paperkg.loaders.records import (
    MadePaper,
    arxiv_from_doi,
    arxiv_from_url,
    check_filters,
    given_first,
    iter_json_records,
    papers_made,
    passes_filters,
)
from paperkg.loaders.text import repair_abstract, repair_field
from paperkg.models import Paper, Provenance, bare_doi, split_arxiv_version

__all__ = [
    "DEFAULT_COLUMNS",
    "FIELDS",
    "load",
    "load_csv",
    "load_jsonl",
    "paper_from_record",
    "resolve_columns",
    "sniff",
]

# Model fields a record can fill, and the column names tried for each when --field does not say.
# The last names of some are the field tags of Web of Science's tab-delimited export (TI, AB, PY, DI, AU, SO);
# Scopus's CSV export names its columns like ours ("Title", "Abstract", "Year", "DOI", "Authors", "Source title"),
# Zotero's nearly ("Abstract Note", "Publication Year", "Publication Title").
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "arxiv_id": ("arxiv_id", "arxivid", "arxiv", "id"),
    "doi": ("doi", "di"),
    "title": ("title", "paper_title", "name", "ti"),
    "abstract": ("abstract", "summary", "paper_abstract", "text", "abstract note", "ab"),
    # full names first: Scopus's "Authors" column holds "Hu E.", its "Author full names" "Hu, Edward J. (57219...)";
    # Web of Science's AU "Hu, EJ", its AF "Hu, Edward J." (as its plain-text export is read)
    "authors": (
        "author full names",
        "authors",
        "author",
        "author_names",
        "af",
        "au",
        "author/s",  # Lens
        "authorships.author.display_name",  # OpenAlex's CSV export, names between "|"
    ),
    "n_authors": ("n_authors", "num_authors", "author_count"),
    "published": (
        "published",
        "date",
        "publication_date",
        "published_date",
        "pub_date",
        "update_date",
        "issued",  # CSL JSON (Zotero's and Crossref's)
        "publication date",  # Dimensions
        "date published",  # Lens
    ),
    "year": ("year", "publication_year", "publication year", "py", "pubyear"),
    "upvotes": ("upvotes", "likes"),
    "categories": ("categories", "category", "tags"),
    "venue": (
        "venue",
        "journal",
        "source title",
        "publication title",
        "container-title",
        "so",
        "journal/book",  # PubMed's CSV export
    ),
    "url": ("url", "link", "url_abs"),  # url_abs: Papers with Code's dumps, the paper's arXiv page
    # PubMed's own CSV export, Dimensions' and Scopus's: the PMID, by which `paperkg show` finds the paper
    "pmid": ("pmid", "pubmed id", "pubmed_id"),
}
FIELDS = tuple(DEFAULT_COLUMNS)
_CSV_DELIMITERS = ",\t;"
_OPENALEX_WORK = re.compile(r"(?:https?://openalex\.org/)?(W\d{2,12})")
# A column name: short, starting with a letter; bibliographic exports also put parentheses, slashes and
# the like in theirs (Scopus: "Author(s) ID", "Art. No.").
_IDENTIFIER = re.compile(r"^[A-Za-z_][\w .\-()/&#%'+]{0,59}$")
_KNOWN = {name for names in DEFAULT_COLUMNS.values() for name in names}


def _first_line(head: str) -> str | None:
    for line in head.splitlines():
        if line.strip():
            return line.strip()
    return None


# How many lines of a file's head tell JSON Lines whose first line does not parse
_SNIFFED = 20


def _sniff_jsonl(head: str) -> bool:
    opening = head.lstrip()
    if opening.startswith("["):
        # one JSON array of records (what json.dump of a list writes), on one line or pretty-printed
        return opening[1:].lstrip().startswith("{")
    complete = head_lines(head)
    if not complete or not complete[0].startswith("{"):
        return False
    if _is_object(complete[0]):
        return True
    # a first record damaged (cut short by a failed copy) leaves the file JSON Lines, whose loader
    # rejects that line by number, where most lines after it are objects
    sniffed = complete[:_SNIFFED]
    return len(sniffed) > 1 and sum(map(_is_object, sniffed[1:])) * 2 >= len(sniffed)


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _sniff_csv(head: str) -> bool:
    return _csv_layout(head) is not None


# Lines an export may write before its header: Dimensions' one quoted cell "About the data: Exported
# on ...". At most this many, each a single cell.
_PREAMBLE_MOST = 3


def _csv_layout(head: str) -> tuple[str, int] | None:
    """Return the delimiter of a CSV with a header, and how many rows of one cell come before that
    header (an export's preamble), or None when ``head`` is no such CSV.

    Examples
    --------
    >>> _csv_layout('title,abstract\\n"A","B"\\n')
    (',', 0)
    >>> _csv_layout('"About the data: Exported on Dec 04, 2026."\\n"Title","Abstract"\\n"A","B"\\n')
    (',', 1)
    """
    sample = head if head.endswith("\n") else head[: head.rfind("\n") + 1]
    lines = [line for line in sample.splitlines() if line.strip()]
    for skip in range(min(_PREAMBLE_MOST, len(lines) - 1) + 1):
        delimiter = max(_CSV_DELIMITERS, key=lines[skip].count)
        rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        if len(rows) < skip + 2 or any(sum(bool(c.strip()) for c in row) > 1 for row in rows[:skip]):
            continue
        header = [cell.strip() for cell in rows[skip]]
        if len(header) < 2 or not all(_IDENTIFIER.match(cell) for cell in header):
            continue
        # A header of short identifiers, one of them a column we know, and rows of the same width.
        if any(cell.lower() in _KNOWN for cell in header) and len(rows[skip + 1]) == len(header):
            return delimiter, skip
    return None


def sniff(head: str, fmt: str) -> bool:
    """Return True when ``head`` is JSON Lines of objects (``jsonl``) or a CSV with a header (``csv``); a
    workbook (``xlsx``) is no text and is told by :func:`paperkg.loaders.workbook.is_workbook`."""
    if fmt == "xlsx":
        return False
    return _sniff_jsonl(head) if fmt == "jsonl" else _sniff_csv(head)


def _default_columns(columns: Iterable[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """Return ``mapping`` (where its columns exist) completed with the default column names found."""
    present = set(columns)
    resolved = {name: column for name, column in mapping.items() if column in present}
    lowered = {c.lower(): c for c in present}
    taken = set(resolved.values())
    for name, candidates in DEFAULT_COLUMNS.items():
        if name in resolved or name in mapping:
            continue
        for candidate in candidates:
            column = lowered.get(candidate)
            if column is not None and column not in taken:
                resolved[name] = column
                taken.add(column)
                break
    return resolved


def _check_mapping(mapping: Mapping[str, str]) -> None:
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise LoadError(
            f"--field {unknown[0]}=...: {unknown[0]!r} is not a paper field; choose from {', '.join(FIELDS)}"
        )


# Words in a column name that say which text field it holds ("Paper Title", "Abstract Text").
_TEXT_HINTS = {"title": ("title", "name"), "abstract": ("abstract", "summary", "description")}


def suggest_fields(columns: Iterable[str]) -> list[str]:
    """Return ``--field`` options that would map title and abstract from ``columns``, when a name says so.

    Examples
    --------
    >>> suggest_fields(["Paper Title", "Abstract Text", "Year"])
    ['--field "title=Paper Title"', '--field "abstract=Abstract Text"']
    """
    found: list[str] = []
    used: set[str] = set()
    for name, hints in _TEXT_HINTS.items():
        for column in columns:
            words = set(re.split(r"[^a-z]+", column.lower()))
            if column not in used and words & set(hints):
                used.add(column)
                option = f"{name}={column}"
                found.append(
                    f'--field "{option}"' if re.search(r"[^\w=.\-]", option) else f"--field {option}"
                )
                break
    return found


def no_text_columns(columns: Sequence[str], where: str) -> LoadError:
    """Return the error for a table with no title or abstract column: its columns and the fix."""
    suggestion = suggest_fields(columns)
    fix = " ".join(suggestion) if suggestion else "--field title=COLUMN --field abstract=COLUMN"
    shown = ", ".join(_clip(c) for c in columns[:40]) + (", ..." if len(columns) > 40 else "")
    return LoadError(
        f"{where}: no column maps to a title or an abstract; the columns are: {shown or '(none)'}; "
        f"map them with {fix}"
    )


def _clip(column: str, limit: int = 60) -> str:
    return column if len(column) <= limit else column[:limit] + "..."


def _lacks_text(resolved: Mapping[str, str], columns: Sequence[str]) -> bool:
    """Return True when no column gives a title or abstract while some column is left unread.

    A table of ids only (``arxiv_id,year``) is an id list to enrich; a table with
    columns paperkg does not know is more likely text under other names.
    """
    if "title" in resolved or "abstract" in resolved:
        return False
    used = set(resolved.values())
    return any(column not in used for column in columns)


def resolve_columns(columns: list[str], mapping: Mapping[str, str], where: str) -> dict[str, str]:
    """Return the column used for each model field: ``--field`` first, then the default names.

    Parameters
    ----------
    columns
        The column names (CSV header) or keys (of one JSON record) available.
    mapping
        ``--field`` values: model field to column name.
    where
        The file (and line) for error messages.

    Returns
    -------
    dict
        Model field to column name, for the fields found.

    Raises
    ------
    LoadError
        When ``mapping`` names an unknown model field or a column the file lacks,
        or when no column gives a title or an abstract while some columns are
        left unread (the message names them and the ``--field`` that maps them).
    """
    _check_mapping(mapping)
    missing = [f"{name}={column}" for name, column in mapping.items() if column not in columns]
    if missing:
        raise LoadError(
            f"{where}: no column {mapping[missing[0].split('=')[0]]!r} (mapped by --field {missing[0]}); "
            f"the columns are: {', '.join(columns) or '(none)'}"
        )
    resolved = _default_columns(columns, mapping)
    if "title" not in resolved and "abstract" not in resolved and "arxiv_id" not in resolved:
        raise no_text_columns(columns, where)
    if _lacks_text(resolved, columns):
        raise no_text_columns(columns, where)
    return resolved


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, dict)):
        raise ValueError(f"expected text, got {type(value).__name__}")
    text = str(value).strip()
    return text or None


# Stores keep integers as 64-bit (FalkorDB, Neo4j): a larger count is refused, not rounded.
_INT64 = 2**63 - 1
_WHOLE = re.compile(r"^[+-]?\d+(?:\.0*)?$")
_FLOAT = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


def _int(value: Any, name: str) -> int | None:
    """Read a whole number exactly: 12, "12", "12.0", 1.2e3; never through a float that rounds."""
    if isinstance(value, bool):
        raise ValueError(f"{name}: expected a whole number, got {value!r}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise ValueError(f"{name}: expected a whole number, got {value!r}")
        number = int(value)
    else:
        text = _text(value)
        if text is None:
            return None
        shown = text if len(text) <= 40 else text[:40] + "..."
        if _WHOLE.match(text) and len(text) <= 40:
            number = int(text.split(".")[0])
        elif _FLOAT.match(text) and len(text) <= 40:
            parsed = float(text)
            if parsed in (float("inf"), float("-inf")) or not parsed.is_integer():
                raise ValueError(f"{name}: expected a whole number, got {shown!r}")
            number = int(parsed)
        else:
            raise ValueError(f"{name}: expected a whole number, got {shown!r}")
    if abs(number) > _INT64:
        raise ValueError(f"{name}: {number} is beyond the largest count a store keeps ({_INT64})")
    return number


# "Dettmers, T" or "Dettmers, Tim J.": a surname of one word, a comma, then given names or initials
_SURNAME_FIRST = re.compile(r"^[^\s,]+,\s*[^,]+$")
# A surname's particle written lowercase ("van der Berg", "de la Cruz"): no given name starts so
# (capitalised, "Van", "Del", "Di" may be given names).
_PARTICLE = re.compile(r"^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten)\s")
# Scopus writes each full name with its author id: "Hu, Edward J. (57219117300)"
_AUTHOR_ID = re.compile(r"\s*\(\d+\)\s*$")


def _initials(text: str) -> bool:
    """Whether ``text`` is initials alone ("J", "E. J.", "J.-P."): a given name cut short, never a whole name."""
    letters = [t for t in re.split(r"[\s.\-]+", text) if t]
    return bool(letters) and all(len(t) == 1 and t.isupper() for t in letters)


def _one_surname_first(text: str) -> bool:
    """Whether ``text``, holding one comma, is one author written surname first: "Lee, Ann", "van der Berg, J",
    "Le Cun, Y." (not "Ann Lee, Bob Smith", two authors)."""
    if _SURNAME_FIRST.match(text):
        return True
    surname, _, given = text.partition(",")
    if "," in given or not surname.strip() or not given.strip():
        return False
    return _initials(given) or bool(_PARTICLE.match(surname.strip()))


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict):
                # CSL JSON and Crossref: {"family": "Hu", "given": "Edward J."} or {"literal": "..."}
                parted = " ".join(str(item[k]) for k in ("given", "family") if isinstance(item.get(k), str))
                item = (
                    item.get("name")
                    or item.get("literal")
                    or parted
                    or " ".join(str(v) for v in item.values() if isinstance(v, str))
                )
            if str(item).strip():
                out.append(" ".join(str(item).split()))
        return out
    text = str(value).strip()
    if not text:
        return []
    if "|" in text:
        # OpenAlex's CSV export: "John Jumper|Richard Evans"
        parts = [given_first(part) for part in re.split(r"\s*\|\s*", text)]
    elif ";" in text:
        # "Surname, Given; Surname, Given" (Zotero, Web of Science, Scopus): each as the other sources write it
        parts = [given_first(_AUTHOR_ID.sub("", part)) for part in re.split(r"\s*;\s*", text)]
    elif _one_surname_first(text):
        # one author written "Surname, Initials" (Web of Science, Scopus): not two authors
        parts = [given_first(_AUTHOR_ID.sub("", text))]
    else:
        parts = re.split(r"\s*,\s*|\s+and\s+", text)
    return [p for p in parts if p]


def _categories(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [c for c in re.split(r"[\s,;]+", str(value)) if c]


def paper_from_record(
    record: Mapping[str, Any],
    columns: Mapping[str, str],
    provenance: Provenance,
    mapped: Mapping[str, str],
    report: LoadReport | None = None,
    limits: Limits | None = None,
) -> Paper:
    """Build a Paper from one record through the column mapping.

    ``mapped`` holds the ``--field`` mapping: an ``id`` column picked by default
    may hold ids other than arXiv's and is then ignored, a mapped one must parse.
    A title or abstract longer than ``limits.field_chars`` is cut, with a note in ``report``.

    Raises
    ------
    ValueError
        When a value cannot be read (an arXiv id, a date, a number), or the record is empty.
    """

    def get(name: str) -> Any:
        column = columns.get(name)
        return None if column is None else record.get(column)

    arxiv_id: str | None = None
    version: int | None = None
    own_ids: dict[str, str] = {}
    doi_from_id: str | None = None
    raw_id = _text(get("arxiv_id"))
    if raw_id is not None:
        try:
            arxiv_id, version = split_arxiv_version(raw_id)
        except ValueError:
            # A default "id" column may hold other ids; only a mapped or named arXiv column must parse.
            if "arxiv_id" in mapped or columns.get("arxiv_id", "").lower() != "id":
                raise
            # the file's own id for the paper, kept so the paper is found by it ("paperkg show probe-01");
            # a DOI there is the paper's DOI where no column gives one
            if bare_doi(raw_id) is not None and _text(get("doi")) is None:
                doi_from_id = raw_id
            elif (work := _OPENALEX_WORK.fullmatch(raw_id)) is not None:
                # OpenAlex's CSV export: "https://openalex.org/W3168867926", found by its W id
                own_ids["openalex"] = work.group(1)
            else:
                own_ids["id"] = raw_id
    if arxiv_id is None:
        # an arXiv DOI (10.48550/arXiv.2305.14314, as Scopus and Crossref list preprints) or an arXiv
        # link (Papers with Code's url_abs, Zotero's Url) names the arXiv paper
        arxiv_id = arxiv_from_doi(_text(get("doi")) or doi_from_id) or arxiv_from_url(_text(get("url")))
    line = provenance.line
    raw_abstract = clip_field(_text(get("abstract")), "abstract", limits, report, line)
    # (the title repaired knowing the abstract's names: "PuScan: ..." then "We present PuScan, ...")
    raw_title = clip_field(_text(get("title")), "title", limits, report, line)
    title, title_raw = repair_field(raw_title, raw_abstract)
    abstract, abstract_raw = repair_abstract(raw_abstract)
    doi = _text(get("doi")) or doi_from_id
    if title is None and abstract is None and arxiv_id is None and doi is None:
        raise ValueError("the record has no title, abstract, arXiv id or DOI")
    published, precision, year = parse_date(get("published"))
    explicit_year = _int(get("year"), "year")
    if published is None and explicit_year is not None:
        published, precision, year = parse_date(explicit_year)
    authors = _names(get("authors"))
    pmid = _text(get("pmid"))
    if pmid is not None and pmid.isdigit():
        own_ids["pubmed"] = pmid
    return Paper(
        arxiv_id=arxiv_id,
        arxiv_version=version,
        doi=doi,
        title=title,
        title_raw=title_raw,
        abstract=abstract,
        abstract_raw=abstract_raw,
        authors=authors,
        n_authors=_int(get("n_authors"), "n_authors"),
        published=published,
        date_precision=precision,
        year=year,
        upvotes=_int(get("upvotes"), "upvotes"),
        categories=_categories(get("categories")),
        venue=_text(get("venue")),
        url=_text(get("url")),
        external_ids=own_ids,
        provenance=[provenance],
    )


# Distinct key sets whose column mapping is kept; records of one source share a few.
_MAPPINGS_KEPT = 256
# Keys remembered for the messages about a file's keys.
_KEYS_KEPT = 200


class _JsonlColumns:
    """Column mappings of a JSON Lines file, resolved per record from that record's own keys."""

    def __init__(self, mapping: Mapping[str, str]) -> None:
        _check_mapping(mapping)
        self.mapping = mapping
        self.cache: dict[frozenset[str], dict[str, str]] = {}
        self.seen: dict[str, None] = {}
        self.mapped_seen: set[str] = set()
        self.text_seen = False
        self.fields_seen: set[str] = set()

    def resolve(self, record: Mapping[str, Any]) -> dict[str, str]:
        """Return the mapping for this record's keys."""
        keys = frozenset(record)
        columns = self.cache.get(keys)
        if columns is None:
            if len(self.cache) >= _MAPPINGS_KEPT:
                self.cache.clear()
            columns = _default_columns(keys, self.mapping)
            self.cache[keys] = columns
            for key in record:
                if len(self.seen) < _KEYS_KEPT:
                    self.seen.setdefault(key, None)
            self.mapped_seen.update(column for column in self.mapping.values() if column in keys)
        if "title" in columns or "abstract" in columns:
            self.text_seen = True
            self.fields_seen.update(columns)
        return columns

    def check(self, path: Path, read: int) -> None:
        """Raise when a ``--field`` column is in no record, or no record has a title or abstract key."""
        if not read:
            return
        seen = list(self.seen)
        shown = ", ".join(_clip(k) for k in seen[:40]) + (", ..." if len(seen) > 40 else "")
        for name, column in self.mapping.items():
            if column not in self.mapped_seen:
                raise LoadError(
                    f"{path}: no record has the key {column!r} (mapped by --field {name}={column}); "
                    f"the keys are: {shown or '(none)'}"
                )
        if not self.text_seen and seen and _lacks_text(_default_columns(seen, self.mapping), seen):
            raise no_text_columns(seen, str(path))


def _no_abstracts(columns: Sequence[str]) -> str:
    """What to say of a table with no abstract column: inference reads abstracts."""
    shown = ", ".join(_clip(c) for c in columns[:12]) + (", ..." if len(columns) > 12 else "")
    return (
        f"no abstract column (the columns: {shown}): builds-on, datasets and families are read from "
        "abstracts; name the column with --field abstract=COLUMN, or fetch abstracts with paperkg enrich"
    )


def _count_missing(report: LoadReport, paper: Paper, mapped: Iterable[str] = ("title", "abstract")) -> None:
    """Count ``paper`` in ``report.missing`` for each text field of ``mapped`` it has no value for."""
    for name in ("title", "abstract"):
        if name in mapped and getattr(paper, name) is None:
            report.missing[name] = report.missing.get(name, 0) + 1


def _load_jsonl(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[Paper]:
    columns = _JsonlColumns(options.fields)

    def records() -> Iterator[tuple[int | None, Any, Any, Any, list[str]]]:
        """Each line's ``(number, record, columns, provenance, notes)``; ``(number, None, reason, None, notes)``
        for a bad one.

        Read here, in order (a file's columns are learnt record by record); what costs, the
        record's text repaired into a paper, runs where ``options.engine`` puts it. A line's
        notes travel with it, so that they come in the order of the lines either way. A file
        holding one JSON array is read an element at a time, its records numbered, with no line.
        """
        if read_head(path).lstrip().startswith("["):
            for record_no, (_, record) in enumerate(
                iter_json_records(path, options.limits, report, options.strict), start=1
            ):
                report.read += 1
                if isinstance(record, str):
                    yield None, None, f"record {record_no}: {record}", None, []
                    continue
                yield None, record, columns.resolve(record), report.provenance(record=record_no), []
            return
        for number, record_no, line in record_lines(path, options, report):
            notes = LoadReport(source="")
            try:
                record = load_json(line, options.limits, notes, number)
            except ValueError as e:
                yield number, None, f"not valid JSON ({e.args[0] if e.args else e})", None, notes.notes
                continue
            if not isinstance(record, dict):
                yield number, None, f"expected a JSON object, got {type(record).__name__}", None, notes.notes
                continue
            provenance = report.provenance(record=record_no, line=number)
            yield number, record, columns.resolve(record), provenance, notes.notes

    context = _context(tuple(options.fields.items()), options.limits)
    for paper in papers_made(_papers_from_records, context, records(), options, report):
        _count_missing(report, paper)
        yield paper
    # A text field no record of the file has is not "missing" from some: drop its count.
    for name in [name for name in report.missing if name not in columns.fields_seen]:
        del report.missing[name]
    columns.check(path, report.read)
    if report.read and "abstract" not in columns.fields_seen:
        report.note(None, _no_abstracts(list(columns.seen)))


@functools.lru_cache(maxsize=8)
def _context(fields: tuple[tuple[str, str], ...], limits: Limits) -> tuple[dict[str, str], Limits]:
    """The context of :func:`_papers_from_records`: the same object for the same settings, so that the files of
    a load share one pool of workers (an engine keeps its pool for the context it was last given)."""
    return dict(fields), limits


def _papers_from_records(
    context: tuple[dict[str, str], Limits], chunk: Sequence[tuple[int | None, Any, Any, Any, list[str]]]
) -> list[MadePaper]:
    """Make the papers of ``_load_jsonl``'s records: for each, ``(number, paper or None, why not, its notes)``
    (the line's, then its values' cut). Pure, so that it runs in a worker process."""
    mapped, limits = context
    made: list[MadePaper] = []
    for number, record, columns, provenance, before in chunk:
        if record is None:  # a line that was not a JSON object: ``columns`` says why
            made.append((number, None, columns, before))
            continue
        notes = LoadReport(source="", notes=list(before))
        try:
            paper = paper_from_record(record, columns, provenance, mapped, notes, limits)
        except (ValueError, ValidationError) as e:
            # a record of a JSON array has no line: its number says which
            where = f"record {provenance.record}: " if number is None else ""
            made.append((number, None, where + _reason(e), notes.notes))
            continue
        made.append((number, paper, None, notes.notes))
    return made


class _LineTooLong(Exception):
    """A physical line over the record limit, read through without being held."""


class _BoundedLines:
    """Lines of a text stream for the csv reader, none held longer than ``most`` characters."""

    def __init__(self, handle: IO[str], most: int) -> None:
        self.handle = handle
        self.most = most

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        line = self.handle.readline(self.most + 1)
        if not line:
            raise StopIteration
        if len(line) > self.most and not line.endswith("\n"):
            while (rest := self.handle.readline(2**20)) and not rest.endswith("\n"):
                pass
            raise _LineTooLong
        return line


def _load_csv(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[Paper]:
    # the delimiter from the head detection reads, not from the stream: a gzip stream cannot seek back
    head = read_head(path)
    layout = _csv_layout(head)
    first = _first_line(head) or ""
    delimiter, preamble = layout if layout is not None else (max(_CSV_DELIMITERS, key=first.count), 0)
    with open_text(path, options.limits) as handle:
        lines = _BoundedLines(handle, options.limits.record_chars)
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
            skipped: list[str] = []
            while len(skipped) < preamble:
                if any(cell.strip() for cell in header):
                    skipped.append(" ".join(header).strip())
                header = next(reader)
            if skipped:
                first_words = skipped[0][:80]
                report.note(None, f"{len(skipped)} line(s) before the column names not read: {first_words!r}")
        except StopIteration:
            raise LoadError(f"{path}: the file is empty") from None
        except UnicodeDecodeError as e:
            raise not_utf8(path) from e
        except csv.Error as e:
            raise LoadError(f"{path}, line 1: cannot read the CSV header ({e})") from e
        yield from _papers_from_rows(path, header, _csv_rows(path, reader, options), options, report)


# A table's row: (its line, its cells, or None and why it could not be read).
_Row = tuple[int, list[str] | None, str | None]


def _csv_rows(path: Path, reader: Any, options: LoadOptions) -> Iterator[_Row]:
    """The rows of a CSV reader after its header, each by the line it starts on."""
    while True:
        # A quoted cell may span lines: a record is named by the line it starts on.
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as e:
            raise not_utf8(path) from e
        except _LineTooLong:
            yield line, None, (
                f"the row is longer than {options.limits.record_mb:g} MiB; skipped (raise with --limit record-mb=N)"
            )
            continue
        except csv.Error as e:
            yield line, None, f"cannot parse the CSV row ({e})"
            continue
        yield line, row, None


def _papers_from_rows(
    path: Path,
    header: list[str],
    rows: Iterable[_Row],
    options: LoadOptions,
    report: LoadReport,
    sheet: str | None = None,
) -> Iterator[Paper]:
    """The papers of a table's rows under ``header`` (a CSV file's, a workbook sheet's).

    ``sheet``: the name of the workbook sheet the rows are on, where it is not the first, said in
    each rejection (a row's line is its number on its sheet). Records are numbered on from those
    the report has read.
    """
    header = [cell.strip() for cell in header]
    columns = resolve_columns(header, options.fields, str(path) if sheet is None else f"{path}, sheet {sheet!r}")
    if "abstract" not in columns:
        report.note(None, _no_abstracts(header) if sheet is None else f"sheet {sheet!r}: {_no_abstracts(header)}")
    record_no = report.read
    on_sheet = "" if sheet is None else f"sheet {sheet!r}: "
    for line, row, unread in rows:
        if row is None:
            record_no += 1
            report.read += 1
            report.reject(line, on_sheet + (unread or "cannot read the row"), strict=options.strict)
            continue
        if not any(cell.strip() for cell in row):
            continue
        record_no += 1
        report.read += 1
        if len(row) != len(header):
            report.reject(
                line,
                f"{on_sheet}expected {len(header)} columns as in the header, got {len(row)}",
                strict=options.strict,
            )
            continue
        try:
            record = dict(zip(header, row, strict=True))
            provenance = report.provenance(record=record_no, line=line)
            paper = paper_from_record(record, columns, provenance, options.fields, report, options.limits)
        except (ValueError, ValidationError) as e:
            report.reject(line, on_sheet + _reason(e), strict=options.strict)
            continue
        if not passes_filters(paper, options):
            report.filtered += 1
            continue
        _count_missing(report, paper, columns)
        yield paper


def _load_xlsx(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[Paper]:
    """The papers of a workbook's sheets, each read as a CSV file is: a sheet's first row that holds a
    cell names its columns; a row is named by its number on its sheet (and, past the first sheet, by
    the sheet's name). A sheet whose columns give no title, abstract or arXiv id (a summary, notes)
    is not read, and a note says so; where no sheet has such columns, the first sheet's error is raised."""
    from paperkg.loaders.workbook import sheets

    read: list[str] = []
    unread: list[str] = []
    refused: LoadError | None = None
    for index, (name, rows) in enumerate(sheets(path, options.limits)):
        header = next((cells for _, cells in rows if any(cells)), None)
        if header is None:
            unread.append(f"{name!r} (empty)")
            continue
        sheet = None if index == 0 else name
        try:
            resolve_columns([c.strip() for c in header], options.fields, str(path))
        except LoadError as e:
            rows.close()  # its part of the workbook is closed now, not when collected
            refused = refused or e
            unread.append(f"{name!r} (no column of titles, abstracts or arXiv ids)")
            continue
        # a sheet leaves a row's empty cells at its end out: filled up to the header's width
        padded = ((n, row + [""] * (len(header) - len(row)), None) for n, row in rows)
        yield from _papers_from_rows(path, header, padded, options, report, sheet)
        read.append(repr(name))
    if not read:
        raise refused or LoadError(f"{path}: the workbook's sheets are empty")
    if unread:
        report.note(None, f"sheets read: {', '.join(read)}; not read: {', '.join(unread)}")


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"{where}: {first['msg']}" if where else str(first["msg"])
    return str(error)


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str) -> Iterator[Paper]:
    """Stream the papers of a JSON Lines (``fmt="jsonl"``) or CSV file; see :func:`load_jsonl`."""
    check_filters(options)
    if fmt == "jsonl":
        return _load_jsonl(path, options, report)
    if fmt == "xlsx":
        return _load_xlsx(path, options, report)
    return _load_csv(path, options, report)


def _public(
    path: str | Path, options: LoadOptions | None, report: LoadReport | None, fmt: str
) -> Iterator[Paper]:
    path = Path(path)
    report = LoadReport.for_file(path, report, fmt)
    return load(path, options or LoadOptions(), report, fmt)


def load_jsonl(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream papers from JSON Lines, one object per line.

    Columns are found by their usual names (``arxiv_id``, ``title``,
    ``abstract``, ``authors``, ``published``, ... see :data:`DEFAULT_COLUMNS`) or
    mapped with ``options.fields`` (``{"title": "paper_title"}``, the CLI's
    ``--field title=paper_title``). A line that is not a JSON object is rejected
    and counted; with ``options.strict`` it is fatal. Records outside
    ``options.categories`` / ``since`` / ``until`` are counted as filtered.

    Parameters
    ----------
    path
        The file (gzip is opened transparently).
    options
        ``fields`` (the column mapping), ``strict``, and the filters.
    report
        Filled in with records read, filtered and rejected.

    Returns
    -------
    Iterator[Paper]
        One paper per good line that passes the filters.

    Raises
    ------
    LoadError
        When the file cannot be read, a mapped column is missing from the first
        record, or with ``strict`` at the first bad line.

    Examples
    --------
    >>> options = LoadOptions(fields={"title": "paper_title", "abstract": "summary"})
    >>> papers = list(load_jsonl("papers.jsonl", options))  # doctest: +SKIP
    """
    return _public(path, options, report, "jsonl")


def load_csv(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[Paper]:
    """Stream papers from a CSV file with a header row (comma, tab or semicolon separated).

    Columns are mapped as in :func:`load_jsonl`; a mapped column missing from
    the header is an error that lists the columns the file has.

    Parameters
    ----------
    path
        The file.
    options
        ``fields`` (the column mapping) and ``strict``.
    report
        Filled in with records read and rejected.

    Returns
    -------
    Iterator[Paper]
        One paper per good row.

    Raises
    ------
    LoadError
        When the file cannot be read, a mapped column is missing, or with
        ``strict`` at the first bad row.
    """
    return _public(path, options, report, "csv")
