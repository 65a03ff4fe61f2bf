"""Merging the same paper seen in several sources: by arXiv id, DOI or normalised title."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from paperkg.models import DatePrecision, Paper, normalise_title, paper_id_for

__all__ = ["PaperIndex", "merge_papers"]

_PRECISION_RANK = {
    DatePrecision.UNKNOWN: 0,
    DatePrecision.YEAR_UNKNOWN: 1,
    DatePrecision.YEAR: 2,
    DatePrecision.MONTH: 3,
    DatePrecision.DAY: 4,
}
# Titles shorter than this ("Introduction", "Abstract") are too generic to merge on.
_MIN_TITLE_KEY = 12


def _title_key(paper: Paper) -> str | None:
    if not paper.title:
        return None
    key = normalise_title(paper.title)
    return key if len(key) >= _MIN_TITLE_KEY else None


def merge_papers(first: Paper, second: Paper) -> Paper:
    """Combine two records of one paper; the first wins where both know a field.

    Dates keep the more precise one, author lists the longer one, upvotes the
    larger count; provenance, references, categories and external ids are united.
    The id is recomputed, so a DOI-only record that meets its arXiv twin becomes
    ``arxiv:...``.
    """
    data = first.model_dump()
    other = second.model_dump()
    for name, value in other.items():
        if name in {"id", "label", "provenance", "references", "categories", "external_ids", "author_ids"}:
            continue
        if data.get(name) in (None, "", []) and value not in (None, "", []):
            data[name] = value
    if _PRECISION_RANK[second.date_precision] > _PRECISION_RANK[first.date_precision]:
        for name in ("published", "date_precision", "year"):
            data[name] = other[name]
    if len(second.authors) > len(first.authors):
        data["authors"] = other["authors"]
        data["n_authors"] = other["n_authors"]
    if first.upvotes is not None and second.upvotes is not None:
        data["upvotes"] = max(first.upvotes, second.upvotes)
    # Global citation counts only grow: the larger is the newer.
    for name in ("citation_count", "influential_citation_count"):
        if data[name] is not None and other[name] is not None:
            data[name] = max(data[name], other[name])
    data["author_ids"] = {
        name: sorted({*data["author_ids"].get(name, []), *other["author_ids"].get(name, [])})
        for name in dict.fromkeys([*data["author_ids"], *other["author_ids"]])
    }
    if first.arxiv_version and second.arxiv_version:
        data["arxiv_version"] = max(first.arxiv_version, second.arxiv_version)
    data["provenance"] = data["provenance"] + [p for p in other["provenance"] if p not in data["provenance"]]
    data["references"] = data["references"] + [r for r in other["references"] if r not in data["references"]]
    data["categories"] = list(dict.fromkeys(data["categories"] + other["categories"]))
    data["external_ids"] = {**other["external_ids"], **data["external_ids"]}
    data["id"] = paper_id_for(data["arxiv_id"], data["doi"], data["title"], data["abstract"])
    data["label"] = first.label if first.title or not second.title else ""
    return Paper.model_validate(data)


class PaperIndex:
    """Papers keyed by id, with lookups by arXiv id, DOI and normalised title.

    ``add`` merges a paper into the one it matches, if any. When a merge gives a
    paper a better id (an arXiv id where it had a hash), ``renamed`` maps the old
    id to the new one so stores can move its node. ``touched`` holds the ids of
    the papers added or merged since the index was made from ``papers``.
    A paper whose id is in ``slim`` is held less what the stages read, its whole
    record written to a store; ``whole`` reads it back when another record of
    it is merged in. :meth:`checkpoint` and :meth:`restore` undo adds.
    """

    def __init__(self, papers: Iterable[Paper] = ()) -> None:
        self.by_id: dict[str, Paper] = {}
        self.renamed: dict[str, str] = {}
        self._arxiv: dict[str, str] = {}
        self._doi: dict[str, str] = {}
        self._title: dict[str, str] = {}
        # ids of papers added or changed since the index was made (a store writes only these)
        self.touched: set[str] = set()
        # ids whose paper here is slim, its whole record written to a store; ``whole`` reads it
        # back when another record of it is merged in (see paperkg.graph.build.load_papers)
        self.slim: set[str] = set()
        self.whole: Callable[[str], Paper | None] | None = None
        # the id the last paper added is indexed under (its own, or its twin's after a merge)
        self.last_id = ""
        self._sealed = False
        for paper in papers:
            self.add(paper)
        self.touched.clear()

    def __len__(self) -> int:
        return len(self.by_id)

    def seal(self) -> None:
        """Drop the lookups by arXiv id, DOI and title, once every record is in.

        They cost about 190 bytes a paper (a normalised title and two dict entries)
        that a build would otherwise hold through every stage; ``by_id``,
        ``renamed`` and ``touched`` stay. After this, :meth:`add` and :meth:`find`
        raise ``RuntimeError``.
        """
        self._sealed = True
        self._arxiv, self._doi, self._title = {}, {}, {}

    def checkpoint(self) -> tuple[Any, ...]:
        """Return what :meth:`restore` needs to undo every add made after this call."""
        return (
            dict(self.by_id),
            dict(self.renamed),
            dict(self._arxiv),
            dict(self._doi),
            dict(self._title),
            set(self.touched),
            set(self.slim),
        )

    def restore(self, checkpoint: tuple[Any, ...]) -> None:
        """Undo every add made since :meth:`checkpoint` gave ``checkpoint``."""
        self.by_id, self.renamed, self._arxiv, self._doi, self._title, self.touched, self.slim = checkpoint

    def find(self, paper: Paper) -> str | None:
        """Return the id of an indexed paper that ``paper`` is a record of, if any."""
        return self._find(paper, _title_key(paper))

    def _find(self, paper: Paper, key: str | None) -> str | None:
        """Do :meth:`find` with the paper's title key already computed."""
        if self._sealed:
            raise RuntimeError("this paper index is sealed: its lookups were dropped")
        if paper.id in self.by_id:
            return paper.id
        if paper.arxiv_id and paper.arxiv_id in self._arxiv:
            return self._arxiv[paper.arxiv_id]
        if paper.doi and paper.doi in self._doi:
            return self._doi[paper.doi]
        if key and key in self._title:
            candidate = self.by_id[self._title[key]]
            # Two different arXiv ids or DOIs mean two papers that share a title.
            if paper.arxiv_id and candidate.arxiv_id and paper.arxiv_id != candidate.arxiv_id:
                return None
            if paper.doi and candidate.doi and paper.doi != candidate.doi:
                return None
            return candidate.id
        return None

    def add(self, paper: Paper) -> bool:
        """Index a paper, merging it into its twin; return True when it was merged."""
        # The title key is the costly part of a lookup: compute it once for find and put.
        key = _title_key(paper)
        twin_id = self._find(paper, key)
        if twin_id is None:
            self._put(paper, key)
            self.touched.add(paper.id)
            self.last_id = paper.id
            return False
        twin = self.by_id.pop(twin_id)
        if twin_id in self.slim and self.whole is not None:
            twin = self.whole(twin_id) or twin
            self.slim.discard(twin_id)
        merged = merge_papers(twin, paper)
        if merged.id != twin_id:
            self.renamed[twin_id] = merged.id
            for old, new in list(self.renamed.items()):
                if new == twin_id:
                    self.renamed[old] = merged.id
        self._put(merged, _title_key(merged))
        self.touched.add(merged.id)
        self.last_id = merged.id
        return True

    def _put(self, paper: Paper, key: str | None) -> None:
        self.by_id[paper.id] = paper
        if paper.arxiv_id:
            self._arxiv[paper.arxiv_id] = paper.id
        if paper.doi:
            self._doi[paper.doi] = paper.id
        if key:
            self._title.setdefault(key, paper.id)
            if self._title[key] not in self.by_id:
                self._title[key] = paper.id
