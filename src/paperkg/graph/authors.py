"""The authors build stage: Author nodes and AUTHORED edges from every paper's author list.

An author is known by name, folded for case, accents, spacing and a "Last, First"
order, so "Dettmers, Tim", "Tim Dettmers" and "TIM DETTMERS" are one author. The
ids sources give (Semantic Scholar author ids, OpenAlex A-ids, ORCID) are kept on
the node. Initials are not expanded: "T. Dettmers" stays a separate author, since
guessing would merge different people who share a surname and an initial.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from paperkg.graph.build import BuildOptions, StageResult
from paperkg.graph.rows import EdgeRows
from paperkg.models import Author, Edge, EdgeKind, Paper, normalise_title
from paperkg.progress import Progress

__all__ = ["author_id", "author_name", "authors_of", "run"]

_LAST_FIRST = re.compile(r"^\s*([^,]+),\s*([^,]+?)\s*$")


def author_name(raw: str) -> str:
    """Return the display form of a name: "Last, First" turned to "First Last", spaces squashed.

    Examples
    --------
    >>> author_name("Dettmers,  Tim")
    'Tim Dettmers'
    """
    text = " ".join(raw.split())
    match = _LAST_FIRST.match(text)
    if match and not re.fullmatch(r"(?:jr|sr|ii|iii|iv)\.?", match.group(2), flags=re.I):
        text = f"{match.group(2)} {match.group(1)}"
    return text


def author_id(raw: str) -> str | None:
    """Return the node id of the author named ``raw`` (``author:tim-dettmers``), None for no name."""
    key = normalise_title(author_name(raw))
    return "author:" + key.replace(" ", "-") if key else None


def authors_of(papers: list[Paper]) -> tuple[list[Author], list[Edge]]:
    """Return every author of ``papers`` and an AUTHORED edge to each of their papers.

    Parameters
    ----------
    papers
        The corpus.

    Returns
    -------
    tuple
        ``(authors, edges)``: authors sorted by id, with the first spelling met
        as ``name``, other spellings as ``aliases``, the source ids as ``ids``
        and ``papers`` their count; edges from author to paper with ``rank`` the
        1-based position in the paper's author list.
    """
    authors, authored = _authors_and_authorship(papers)
    return authors, [Edge.model_validate(_authored_row(item)) for item in authored]


def _authored_row(item: tuple[str, str, int]) -> dict[str, Any]:
    author, paper, rank = item
    return {"kind": "AUTHORED", "source": author, "target": paper, "rank": rank, "provenance": "authors"}


def _authored_ends(item: tuple[str, str, int]) -> tuple[str, str, None, int]:
    author, paper, rank = item
    return author, paper, None, rank


@functools.lru_cache(maxsize=1 << 16)
def _author_key(raw: str) -> tuple[str | None, str]:
    """Return ``(author_id(raw), author_name(raw))``: names recur across a corpus, each is folded once."""
    return author_id(raw), author_name(raw)


def _authors_and_authorship(papers: list[Paper]) -> tuple[list[Author], list[tuple[str, str, int]]]:
    """Return the authors and ``(author, paper, rank)`` of each AUTHORED edge (see authors_of)."""
    found: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str, int]] = []
    for paper in papers:
        seen: set[str] = set()
        for position, raw in enumerate(paper.authors, start=1):
            node, name = _author_key(raw)
            if node is None or node in seen:
                continue
            seen.add(node)
            entry = found.setdefault(node, {"name": name, "aliases": {}, "ids": set(), "papers": 0})
            if name != entry["name"]:
                entry["aliases"].setdefault(name, None)
            entry["ids"].update(paper.author_ids.get(raw, ()))
            entry["papers"] += 1
            edges.append((node, paper.id, position))
    authors = [
        Author(
            id=node,
            name=entry["name"],
            aliases=list(entry["aliases"]),
            ids=sorted(entry["ids"]),
            papers=entry["papers"],
        )
        for node, entry in sorted(found.items())
    ]
    return authors, edges


def run(
    papers: list[Paper],
    options: BuildOptions,
    progress: Progress,
    done: dict[str, StageResult] | None = None,
) -> StageResult:
    """The build stage: Author nodes and AUTHORED edges for the whole corpus (replacing earlier ones)."""
    bar = progress.task("authors", total=len(papers), unit="papers")
    try:
        authors, authored = _authors_and_authorship(papers)
        bar.advance(len(papers))
    finally:
        bar.close()
    with_ids = sum(1 for a in authors if a.ids)
    total = len(authored)
    # an AUTHORED edge depends on its paper's record alone: an add gives those of the papers it changed
    changed = options.changed_papers
    scope = {} if changed is None else {EdgeKind.AUTHORED: changed}
    if changed is not None:
        authored = [item for item in authored if item[1] in changed]
    return StageResult(
        name="authors",
        entities=list(authors),
        # rows, not a model per edge: four or five per paper, read by no later stage
        rows={EdgeKind.AUTHORED: EdgeRows(authored, _authored_row, _authored_ends)},
        replaces={EdgeKind.AUTHORED},
        scope=scope,
        summary={"authors": len(authors), "with source ids": with_ids, "authored edges": total},
    )
