"""The catalogue of canned queries: names, arguments as the CLI gives them, and their Cypher."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from paperkg.exceptions import QueryError
from paperkg.graph.stores import cypher
from paperkg.graph.stores.protocol import GraphStore
from paperkg.queries.authors import author_papers, coauthors
from paperkg.queries.cocitation import co_cited, coupled
from paperkg.queries.families import family_members
from paperkg.queries.influence import derivative_works, influential, prior_works
from paperkg.queries.lineage import builds_on_candidates, lineage
from paperkg.queries.neighbours import shared_datasets, similar
from paperkg.queries.papers import resolve_paper, search, stats
from paperkg.queries.paths import path
from paperkg.queries.references import likely_references

__all__ = ["CANNED", "CannedQuery", "run_canned"]


def _kinds(value: str) -> list[str]:
    return [part.strip().upper() for part in value.split(",") if part.strip()]


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"expected true or false, got {value!r}")


@dataclass(frozen=True)
class CannedQuery:
    """One canned query as the CLI runs it.

    ``positional`` names the arguments given in order; a name starting with
    ``*`` takes every remaining argument. ``options`` maps ``NAME=VALUE``
    arguments to a converter. ``cypher`` holds the statements a server runs.
    """

    name: str
    function: Callable[..., Any]
    summary: str
    positional: tuple[str, ...] = ()
    options: dict[str, Callable[[str], Any]] = field(default_factory=dict)
    cypher: tuple[str, ...] = ()


CANNED: dict[str, CannedQuery] = {
    q.name: q
    for q in (
        CannedQuery(
            "lineage",
            lineage,
            "What a paper builds on (direction=up) or what builds on it (down), breadth-first.",
            ("paper",),
            {"direction": str, "depth": int, "kinds": _kinds},
            (cypher.LINEAGE_UP, cypher.LINEAGE_DOWN),
        ),
        CannedQuery(
            "builds_on_candidates",
            builds_on_candidates,
            "A paper's builds-on candidates: claims too unsure to draw, most confident first.",
            ("paper",),
            {"direction": str},
            (cypher.LINEAGE_UP, cypher.LINEAGE_DOWN),
        ),
        CannedQuery(
            "path",
            path,
            "How two papers are connected: the shortest path over chosen edge kinds.",
            ("a", "b"),
            {"kinds": _kinds, "max_hops": int, "directed": _bool},
            (cypher.PATH_LEVEL_BOTH, cypher.PATH_LEVEL_IN, cypher.PATH_LEVEL_OUT, cypher.PATH_EDGES),
        ),
        CannedQuery(
            "similar",
            similar,
            "A paper's nearest neighbours (SIMILAR_TO).",
            ("paper",),
            {"k": int},
            (cypher.SIMILAR,),
        ),
        CannedQuery(
            "likely_references",
            likely_references,
            "The earlier papers a paper most likely builds on or cites: linked ones first, then hybrid-ranked.",
            ("paper",),
            {"k": int, "include_undated": _bool},
            (cypher.LIKELY_LINKED, cypher.LIKELY_SIMILAR),
        ),
        CannedQuery(
            "family_members",
            family_members,
            "The papers of a method family, oldest first.",
            ("family",),
            {"since": str, "until": str},
            (cypher.FAMILIES, cypher.FAMILY_MEMBERS),
        ),
        CannedQuery(
            "shared_datasets",
            shared_datasets,
            "Papers using the same datasets, strongest first.",
            ("paper",),
            {"limit": int},
            (cypher.SHARED_DATASETS,),
        ),
        CannedQuery(
            "influential",
            influential,
            "PageRank over BUILDS_ON and CITES.",
            (),
            {"kinds": _kinds, "top": int},
            (cypher.PAPER_REFS, cypher.INFLUENCE_EDGES),
        ),
        CannedQuery(
            "prior_works",
            prior_works,
            "What many of the given papers build on or cite.",
            ("*papers",),
            {"top": int, "kinds": _kinds},
            (cypher.LINKS_OUT,),
        ),
        CannedQuery(
            "derivative_works",
            derivative_works,
            "What builds on or cites many of the given papers.",
            ("*papers",),
            {"top": int, "kinds": _kinds},
            (cypher.LINKS_IN,),
        ),
        CannedQuery(
            "co_cited",
            co_cited,
            "Papers most often cited together with a paper (CO_CITED, Salton's cosine).",
            ("paper",),
            {"limit": int},
            (cypher.OVERLAP, cypher.NODE_REFS),
        ),
        CannedQuery(
            "coupled",
            coupled,
            "Papers whose references overlap most with a paper's (COUPLED, Salton's cosine).",
            ("paper",),
            {"limit": int},
            (cypher.OVERLAP, cypher.NODE_REFS),
        ),
        CannedQuery(
            "author_papers",
            author_papers,
            "An author's papers, oldest first.",
            ("author",),
            {},
            (cypher.AUTHORS, cypher.AUTHOR_PAPERS),
        ),
        CannedQuery(
            "coauthors",
            coauthors,
            "The people who wrote papers with an author, most papers together first.",
            ("author",),
            {"limit": int},
            (cypher.AUTHORS, cypher.COAUTHORS),
        ),
        CannedQuery(
            "search",
            search,
            "Papers whose title, label or abstract contain every word.",
            ("text",),
            {"limit": int},
            (cypher.PAPER_TEXT,),
        ),
        CannedQuery(
            "stats", stats, "Node and edge counts per kind.", (), {}, (cypher.COUNT_NODES, cypher.COUNT_EDGES)
        ),
        CannedQuery(
            "resolve_paper",
            resolve_paper,
            "The one paper a reference names.",
            ("reference",),
            {},
            (cypher.GET_PAPER, cypher.PAPER_TEXT),
        ),
    )
}


def _arguments(query: CannedQuery, args: Sequence[str]) -> tuple[list[Any], dict[str, Any]]:
    """Split CLI arguments into positional values and converted ``NAME=VALUE`` options."""
    plain: list[str] = []
    options: dict[str, Any] = {}
    for arg in args:
        name, sep, value = arg.partition("=")
        if sep and name in query.options:
            try:
                options[name] = query.options[name](value)
            except ValueError as e:
                raise QueryError(f"{query.name}: {name}={value!r} is not valid ({e})") from e
        else:
            plain.append(arg)
    positional: list[Any] = []
    names = list(query.positional)
    if names and names[-1].startswith("*"):
        fixed = names[:-1]
        if len(plain) < len(fixed) + 1:
            raise QueryError(f"{query.name} needs {_usage(query)}")
        positional = [*plain[: len(fixed)], plain[len(fixed) :]]
    else:
        if len(plain) != len(names):
            raise QueryError(
                f"{query.name} needs {_usage(query)}; got {len(plain)} plain arguments{_unknown(plain)}"
            )
        positional = list(plain)
    return positional, options


def _unknown(plain: list[str]) -> str:
    """Name the arguments that look like NAME=VALUE options the query does not take."""
    # They were counted as plain arguments: say so, or 'k=3' reads as a miscount of papers.
    names = [arg.partition("=")[0] for arg in plain if "=" in arg and arg.partition("=")[0].isidentifier()]
    return f" (no option named {', '.join(repr(n) for n in names)})" if names else ""


def _usage(query: CannedQuery) -> str:
    parts = [p.lstrip("*").upper() + ("..." if p.startswith("*") else "") for p in query.positional]
    parts += [f"[{name}=...]" for name in query.options]
    return " ".join(parts) or "no arguments"


def usage(name: str) -> str:
    """Return a canned query's argument line, e.g. ``PAPER [direction=...] [depth=...]``."""
    return _usage(CANNED[name])


def run_canned(store: GraphStore, name: str, args: Sequence[str]) -> Any:
    """Run the canned query ``name`` with CLI-style arguments.

    Parameters
    ----------
    store
        Any graph store.
    name
        A key of :data:`CANNED` (``-`` may stand for ``_``).
    args
        Positional values, then ``NAME=VALUE`` options, e.g.
        ``["2305.14314", "direction=down", "depth=2"]``.

    Returns
    -------
    Any
        The query's pydantic result (or list of them).

    Raises
    ------
    QueryError
        When the query is unknown or the arguments do not fit.
    """
    key = name.replace("-", "_")
    if key not in CANNED:
        raise QueryError(f"no canned query {name!r}; 'paperkg query --list' shows them")
    query = CANNED[key]
    positional, options = _arguments(query, args)
    return query.function(store, *positional, **options)
