"""Semantic Scholar citations dataset: JSON Lines rows that link a citing and a cited paper by corpus id."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paperkg.exceptions import LoadError
from paperkg.loaders.base import LoadOptions, LoadReport
from paperkg.loaders.records import iter_json_records
from paperkg.models import Paper, Reference

__all__ = [
    "FORMAT",
    "NO_CITED_ID",
    "CitationLink",
    "link_from_s2_citation",
    "load",
    "load_s2_citations",
    "sniff",
]

FORMAT = "semantic-scholar-citations"
# Why a row read without error is still kept out of the graph; the build counts rows by reason.
NO_CITED_ID = "citation rows whose cited paper has no corpus id"
_CITING_KEY = re.compile(r'"citingcorpusid"\s*:', re.I)


@dataclass(frozen=True)
class CitationLink:
    """One citation row: the citing and cited papers' corpus ids, the intents and the influence."""

    citing: str
    cited: str
    intents: tuple[str, ...] = ()
    is_influential: bool | None = None

    @property
    def external_id(self) -> str:
        """Return the id the citing paper's reference gives the cited paper: ``s2corpus:<id>``."""
        return f"s2corpus:{self.cited}"

    def reference(self) -> Reference:
        """Return the reference the citing paper makes to the cited one."""
        return Reference(
            external_id=self.external_id, intents=list(self.intents), is_influential=self.is_influential
        )


def sniff(head: str, fmt: str = FORMAT) -> bool:
    """Return True for rows of the citations dataset: they carry ``citingcorpusid``."""
    return bool(_CITING_KEY.search(head))


def _corpus_id(row: dict[str, Any], key: str) -> str | None:
    """Return the corpus id under ``key`` as a canonical decimal string; None when it is null."""
    value = row.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return str(value)
    if isinstance(value, str) and value.strip().isdigit():
        return str(int(value.strip()))
    raise ValueError(f"{key}: expected a corpus id number, got {value!r}")


def _intents(raw: object) -> list[str]:
    """Flatten the per-context intent lists (``[["methodology"], null]``) to sorted unique labels."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError(f"intents: expected a list of intent lists, got {raw!r}")
    found: set[str] = set()
    for item in raw:
        # The dataset gives one list per context (null where none was classified); a flat
        # list of labels is read the same way.
        labels = item if isinstance(item, list) else [item]
        for label in labels:
            if label is None:
                continue
            if not isinstance(label, str):
                raise ValueError(f"intents: expected intent names, got {label!r}")
            if label.strip():
                found.add(label.strip().lower())
    return sorted(found)


def link_from_s2_citation(record: dict[str, Any]) -> CitationLink | None:
    """Turn one row of the citations dataset into a link; None when the cited paper has no corpus id.

    Raises
    ------
    ValueError
        When a corpus id, ``intents`` or ``isinfluential`` has the wrong type,
        or the row names no citing paper.

    Examples
    --------
    >>> link = link_from_s2_citation({"citingcorpusid": 1, "citedcorpusid": 2, "intents": [["Methodology"]]})
    >>> (link.citing, link.external_id, link.intents)
    ('1', 's2corpus:2', ('methodology',))
    """
    row = {str(key).lower(): value for key, value in record.items()}
    citing = _corpus_id(row, "citingcorpusid")
    if citing is None:
        raise ValueError("expected citingcorpusid, the corpus id of the citing paper")
    cited = _corpus_id(row, "citedcorpusid")
    intents = _intents(row.get("intents"))
    influential = row.get("isinfluential")
    if influential is not None and not isinstance(influential, bool):
        raise ValueError(f"isinfluential: expected true, false or null, got {influential!r}")
    if cited is None:
        return None
    return CitationLink(citing=citing, cited=cited, intents=tuple(intents), is_influential=influential)


def _iter_links(path: Path, options: LoadOptions, report: LoadReport) -> Iterator[CitationLink]:
    """Stream the links of ``path``: a bad row is rejected by line, one without a cited id skipped."""
    for record_no, (line, record) in enumerate(
        iter_json_records(path, options.limits, report, options.strict), start=1
    ):
        report.read += 1
        if isinstance(record, str):
            report.reject(line, record, strict=options.strict)
            continue
        try:
            link = link_from_s2_citation(record)
        except (ValueError, TypeError, AttributeError, KeyError) as e:
            # A value of the wrong type (a list for a date, a number for a name) rejects its record.
            report.reject(line, f"record {record_no}: {str(e).splitlines()[0]}", strict=options.strict)
            continue
        if link is None:
            report.skip(NO_CITED_ID)
            continue
        yield link


def load(path: Path, options: LoadOptions, report: LoadReport, fmt: str = FORMAT) -> Iterator[Paper]:
    """Refuse to read the file as papers: its rows are links between papers loaded from other files."""
    raise LoadError(
        f"{path}: a Semantic Scholar citations file links papers by corpus id and holds no papers; "
        "give it to paperkg build or add together with the papers files"
    )
    yield  # pragma: no cover - makes this a generator like every other loader


def load_s2_citations(
    path: str | Path, options: LoadOptions | None = None, report: LoadReport | None = None
) -> Iterator[CitationLink]:
    """Stream the citation links of a Semantic Scholar ``citations`` dataset file.

    Parameters
    ----------
    path
        JSON Lines of rows such as ``{"citingcorpusid": 1, "citedcorpusid": 2,
        "isinfluential": true, "contexts": [...], "intents": [["methodology"]]}``,
        plain or gzip.
    options
        Strictness (filters apply to papers, not to these rows).
    report
        Filled in as the file is read: rows read and rejected, and rows whose
        cited paper has no corpus id in ``skipped``.

    Returns
    -------
    Iterator[CitationLink]
        Per row, the citing and cited corpus ids, the intents of every context
        flattened, lower-cased and sorted, and ``is_influential``;
        ``link.reference()`` is the Reference (``external_id`` ``s2corpus:<cited>``)
        the citing paper makes.

    Raises
    ------
    LoadError
        When the file is not JSON, or with ``strict`` at the first bad row.
    """
    path = Path(path)
    report = LoadReport.for_file(path, report, FORMAT)
    yield from _iter_links(path, options or LoadOptions(), report)
