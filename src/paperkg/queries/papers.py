"""Finding papers: resolving a user's reference, ranked text search, and store statistics."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from typing import Any

from paperkg.exceptions import AmbiguousPaper, PaperNotFound
from paperkg.graph.stores import cypher
from paperkg.graph.stores.networkx import NetworkXStore
from paperkg.graph.stores.protocol import CypherStore, GraphStore
from paperkg.graph.stores.sqlite import SQLiteStore, external_keys
from paperkg.models import (
    Entity,
    Paper,
    bare_doi,
    folded_names,
    introduced_names,
    normalise_title,
    split_arxiv_version,
)
from paperkg.queries.results import PaperRef, SearchHit, Stats

__all__ = ["paper_ref", "resolve_paper", "search", "stats"]

_MAX_CANDIDATES = 10
# A part of a title that more papers hold than this is not counted out: the papers listed are ranked
# among the first this many found (in the store's order), so that a key like "a", held by most titles,
# costs what a thousand papers cost and not what the corpus does.
_MAX_PARTIAL = 1000


def paper_ref(attrs: dict[str, Any] | Paper) -> PaperRef:
    """Return the short form of a paper (from its model or its node attributes)."""
    data = attrs.model_dump(mode="json") if isinstance(attrs, Paper) else attrs
    return PaperRef(
        id=data["id"],
        label=data.get("label") or data["id"],
        title=data.get("title"),
        year=data.get("year"),
        published=data.get("published"),
        arxiv_id=data.get("arxiv_id"),
    )


def _paper_nodes(store: GraphStore) -> list[dict[str, Any]]:
    """Return each paper's attributes (on a server, only the fields search and resolve read)."""
    if isinstance(store, NetworkXStore):
        return [a for _, a in store.graph.nodes(data=True) if a.get("kind") == "paper"]
    if isinstance(store, SQLiteStore):
        return list(store.paper_rows())
    if isinstance(store, CypherStore):
        return store.run(cypher.PAPER_TEXT)
    return [p.model_dump(mode="json") for p in store.papers()]


def _paper(store: GraphStore, attrs: dict[str, Any]) -> Paper:
    """Return the whole paper whose attributes (perhaps partial, from a server) matched."""
    if isinstance(store, CypherStore) and not isinstance(store, NetworkXStore):
        paper = store.get_paper(attrs["id"])
        if paper is not None:
            return paper
    return Paper.model_validate(attrs)


def _direct_id(reference: str) -> str | None:
    text = reference.strip()
    try:
        return "arxiv:" + split_arxiv_version(text)[0]
    except ValueError:
        pass
    doi = bare_doi(text)
    return None if doi is None else "doi:" + doi


# The ids sources give a paper, as a user types them: a PubMed id ("PMID: 34265844", or the number
# alone), a Semantic Scholar corpus id ("CorpusId:215416146") or paper id (40 hex digits, or its
# address), an OpenAlex work ("W2741809807", or its address), any "source:id" a loader kept, or a
# table's own id ("id" column) for one word.
_PMID = re.compile(r"(?:pmid|pubmed)\s*:?\s*(\d{1,9})", re.IGNORECASE)
_CORPUS_ID = re.compile(r"(?:corpus_?id|s2corpus)\s*:?\s*(\d{1,12})", re.IGNORECASE)
_OPENALEX = re.compile(r"(?:https?://(?:api\.)?openalex\.org/(?:works/)?|openalex:)?(W\d{2,12})", re.IGNORECASE)
_S2 = re.compile(
    r"(?:s2:|https?://(?:www\.|api\.)?semanticscholar\.org/(?:graph/v1/)?paper/(?:[^/\s]+/)?)?([0-9a-f]{40})",
    re.IGNORECASE,
)
_SOURCE_ID = re.compile(r"([a-z][a-z0-9_]{1,20})\s*:\s*(\S+)", re.IGNORECASE)


def _external_keys(text: str) -> list[str]:
    """Return the ``external_ids`` keys (:func:`~paperkg.graph.stores.sqlite.external_keys`) ``text`` may be.

    Examples
    --------
    >>> _external_keys("PMID: 34265844"), _external_keys("https://openalex.org/W2741809807")
    (['pubmed:34265844'], ['openalex:w2741809807'])
    >>> _external_keys("34265844")
    ['pubmed:34265844', 's2corpus:34265844']
    """
    for pattern, source in ((_PMID, "pubmed"), (_CORPUS_ID, "s2corpus"), (_OPENALEX, "openalex"), (_S2, "s2")):
        m = pattern.fullmatch(text)
        if m:
            return [f"{source}:{m.group(1).lower()}"]
    if text.isdigit() and len(text) <= 12:
        return [f"pubmed:{text}", f"s2corpus:{text}"]
    m = _SOURCE_ID.fullmatch(text)
    if m:
        return [f"{m.group(1).lower()}:{m.group(2).lower()}"]
    # one word: perhaps the id a file of the user's gave the paper in its "id" column
    return [f"id:{text.lower()}"] if text and not any(ch.isspace() for ch in text) else []


def _holding_external_ids(store: GraphStore, keys: list[str]) -> list[dict[str, Any]]:
    """Return the attributes of the papers holding any of the external-id ``keys``: by index on the embedded
    store, on a server the papers whose ids' text holds one of the values, else from every paper."""
    if isinstance(store, SQLiteStore):
        found = store.papers_with_external_ids(keys)
        if found is not None:
            return found
        nodes = _paper_nodes(store)
    elif isinstance(store, CypherStore) and not isinstance(store, NetworkXStore):
        values = sorted({key.split(":", 1)[1] for key in keys})
        nodes = store.run(cypher.PAPERS_WITH_EXTERNAL_ID, {"values": values})
    else:
        nodes = _paper_nodes(store)
    wanted = set(keys)
    held = []
    for attrs in nodes:
        ids = attrs.get("external_ids")
        if isinstance(ids, str):  # a server's JSON text
            try:
                ids = json.loads(ids)
            except ValueError:
                continue
        if wanted.intersection(external_keys(ids)):
            held.append(attrs)
    return held


def _lead(text: str | None) -> str:
    """Return the folded name before a title's colon ("LoRA: Low-Rank ..." gives "lora"), or ""."""
    if not text or ":" not in text:
        return ""
    return normalise_title(text.split(":", 1)[0])


def _named(store: GraphStore, text: str) -> list[Entity]:
    """Return the methods and datasets a paper introduces whose name or an alias folds as ``text`` does:
    by index on the embedded store, else from every entity."""
    if isinstance(store, SQLiteStore):
        return store.entities_named(text)
    key = normalise_title(text)
    return [e for e in introduced_names(store.entities()) if key in folded_names(e.name, e.aliases)]


def _introducers(named: list[Entity], text: str | None = None) -> list[str]:
    """Return the ids of the papers that introduce ``named``, or those of them spelled exactly ``text``."""
    found: dict[str, None] = {}
    for entity in named:
        if entity.introduced_by and (text is None or text in (entity.name, *entity.aliases)):
            found[entity.introduced_by] = None
    return list(found)


# Whole titles a misspelt reference is compared with, by spelling.
_TITLES_COMPARED = 30


def _suggest(store: GraphStore, nodes: list[dict[str, Any]], text: str, limit: int = 3) -> list[str]:
    """Return up to ``limit`` names closest in spelling to ``text``: short names (labels, title leads,
    introduced names) and, for a ``text`` of four words or more, whole titles (a title misremembered)."""
    import difflib

    names: dict[str, str] = {}
    titles: dict[str, str] = {}
    for attrs in nodes:
        title = attrs.get("title") or ""
        for value in (attrs.get("label"), title.split(":", 1)[0]):
            if value and len(value) <= 60:
                names.setdefault(value.lower(), value)
        if title and len(title) <= 300:
            titles.setdefault(title.lower(), title)
    words = set(text.lower().split())
    if len(words) >= 4:
        # compared by spelling, the titles sharing most of its words, nearest its length (difflib over the
        # 1,500 candidates of a million papers took 0.17 s)
        shared = sorted(titles, key=lambda t: (-len(words.intersection(t.split())), abs(len(t) - len(text)), t))
        for title in shared[:_TITLES_COMPARED]:
            names.setdefault(title, titles[title])
    if isinstance(store, SQLiteStore):
        introduced = store.entity_names_near(text)
    else:
        introduced = [e.name for e in introduced_names(store.entities())]
    for name in introduced:
        names.setdefault(name.lower(), name)
    close = difflib.get_close_matches(text.lower(), list(names), n=limit, cutoff=0.6)
    return [names[c] for c in close]


def resolve_paper(store: GraphStore, reference: str) -> Paper:
    """Find the one paper a user means.

    ``reference`` is tried, in this order, as: an arXiv id (with or without
    version or ``arxiv:`` prefix), a DOI or a paper id; an id a source gave the
    paper (a PubMed id, "PMID: 34265844" or the number alone; an OpenAlex work,
    "W2741809807" or its address; a Semantic Scholar paper or corpus id; any
    "source:id" of its ``external_ids``; the id a table's "id" column gave it,
    where that is no arXiv id); an exact title or label
    (case and punctuation folded), or the name before a title's colon (``LoRA``
    for "LoRA: Low-Rank Adaptation of ..."); the name, spelled exactly so, of a
    method or dataset a paper introduces (``LAMB``); a part of a title or label;
    the name or an alias of a method or dataset a paper introduces, case and
    punctuation folded (``lamb``). The first step that finds papers decides: a
    name spelled otherwise finds its introducer only where no title holds it.

    Parameters
    ----------
    store
        Any graph store.
    reference
        What the user typed.

    Returns
    -------
    Paper
        The paper meant.

    Raises
    ------
    PaperNotFound
        When nothing matches; ``suggestions`` lists the closest names (by spelling).
    AmbiguousPaper
        When a step finds several papers; ``candidates`` lists up to ten ``(id, label)`` pairs.

    Examples
    --------
    >>> resolve_paper(store, "2302.13971v2").id  # doctest: +SKIP
    'arxiv:2302.13971'
    """
    text = reference.strip()
    if not text:
        raise PaperNotFound("an empty paper reference; give an arXiv id, a DOI or a title")
    for candidate in (_direct_id(text), text):
        if candidate:
            paper = store.get_paper(candidate)
            if paper is not None:
                return paper
    keys = _external_keys(text)
    if keys:
        held = _holding_external_ids(store, keys)
        if len(held) == 1:
            return _paper(store, held[0])
        if held:
            raise _ambiguous(reference, held)
    key = normalise_title(text)
    if not key:
        raise PaperNotFound(f"no paper matches {reference!r}")
    if isinstance(store, SQLiteStore):
        return _resolve_indexed(store, reference, text, key)
    nodes = _paper_nodes(store)
    exact = [a for a in nodes if key in (normalise_title(a.get("title") or ""), normalise_title(a["label"]))]
    if not exact:
        exact = [a for a in nodes if key in (_lead(a.get("title")), _lead(a["label"]))]
    named: list[Entity] = []
    if not exact:
        named = _named(store, text)
        ids = set(_introducers(named, text))
        exact = [a for a in nodes if a["id"] in ids]
    if len(exact) == 1:
        return _paper(store, exact[0])
    if exact:
        raise _ambiguous(reference, exact)
    holding = (
        a
        for a in nodes
        if key in normalise_title(a.get("title") or "") or key in normalise_title(a.get("label") or "")
    )
    partial = list(itertools.islice(holding, _MAX_PARTIAL + 1))
    if len(partial) == 1:
        return _paper(store, partial[0])
    if partial:
        raise _ambiguous(reference, partial, key)
    ids = set(_introducers(named))
    folded = [a for a in nodes if a["id"] in ids]
    if len(folded) == 1:
        return _paper(store, folded[0])
    if folded:
        raise _ambiguous(reference, folded)
    raise _not_found(store, reference, _suggest(store, nodes, text))


def _resolve_indexed(store: SQLiteStore, reference: str, text: str, key: str) -> Paper:
    """:func:`resolve_paper`'s steps on the embedded store, each read by index (a part of a title through the
    search index, or by scanning the folded keys of the few papers whose words it does not hold)."""
    exact = store.papers_named(key) or store.papers_led_by(key)
    named: list[Entity] = []
    if not exact:
        named = store.entities_named(text)
        exact = _introduced_papers(store, _introducers(named, text))
    if len(exact) == 1:
        return Paper.model_validate(exact[0])
    if exact:
        raise _ambiguous(reference, exact)
    partial = store.papers_containing(key, limit=_MAX_PARTIAL + 1)
    if len(partial) == 1:
        return Paper.model_validate(partial[0])
    if partial:
        raise _ambiguous(reference, partial, key)
    folded = _introduced_papers(store, _introducers(named))
    if len(folded) == 1:
        return Paper.model_validate(folded[0])
    if folded:
        raise _ambiguous(reference, folded)
    raise _not_found(store, reference, _suggest(store, store.papers_near(text), text))


def _introduced_papers(store: SQLiteStore, ids: list[str]) -> list[dict[str, Any]]:
    """Return the attributes of the papers among ``ids`` (an introducer may be an entity or be gone)."""
    if not ids:
        return []
    return [a for a in store.node_attrs(ids).values() if a.get("kind") == "paper"]


def _ambiguous(reference: str, found: list[dict[str, Any]], key: str | None = None) -> AmbiguousPaper:
    """The error for several matching papers: up to ten, by id, or for a part of a title whole words first.

    For a part of a title, ``found`` holds at most :data:`_MAX_PARTIAL` papers and one more when
    more match: those are ranked, and the error says there are more.
    """
    more = key is not None and len(found) > _MAX_PARTIAL
    if more:
        found = found[:_MAX_PARTIAL]

    # Whole-word matches first ("Tied-LoRA" before "LoRAMoE" for "LoRA"), then by id.
    def rank(a: dict[str, Any]) -> tuple[bool, str]:
        if key is None:
            return (False, a["id"])
        words = f" {normalise_title(a.get('title') or '')} {normalise_title(a['label'])} "
        return (f" {key} " not in words, a["id"])

    ordered = sorted(found, key=rank)
    return AmbiguousPaper(reference, [(a["id"], a["label"]) for a in ordered[:_MAX_CANDIDATES]], len(found), more)


def _not_found(store: GraphStore, reference: str, suggestions: list[str]) -> PaperNotFound:
    """The error for no matching paper, naming the closest names by spelling, or saying the graph has none."""
    if not suggestions and not store.counts()["nodes"].get("paper"):
        # a store left by a build killed before its papers were in (kill -9, a stopped container)
        return PaperNotFound(
            f"no paper matches {reference!r}: the graph holds no papers; run 'paperkg build FILES'", []
        )
    names = (
        ", ".join(suggestions[:-1]) + " or " + suggestions[-1]
        if len(suggestions) > 1
        else "".join(suggestions)
    )
    hint = f"did you mean {names}? " if suggestions else ""
    return PaperNotFound(
        f"no paper matches {reference!r}; {hint}try 'paperkg search' to look for it", suggestions
    )


_WEIGHTS = {"title": 3.0, "label": 2.0, "abstract": 1.0}


def search(store: GraphStore, text: str, limit: int = 10) -> list[SearchHit]:
    """Rank papers whose title, label or abstract contain every word of ``text``.

    A word found in the title counts 3, in the label 2, in the abstract 1; the
    whole phrase found adds the same weights again. Ties go to the lower id.

    The embedded SQLite store answers from its full-text index instead: words
    match by stem (``tuning`` finds ``tuned``), papers are ranked by BM25 with
    the same field weights, and each hit carries a snippet of the matching text.

    Raises
    ------
    QueryError
        When ``text`` has no words.
    """
    from paperkg.exceptions import QueryError

    words = normalise_title(text).split()
    if not words:
        raise QueryError("the search text has no words to look for")
    if isinstance(store, SQLiteStore):
        return [
            SearchHit(paper=paper_ref(attrs), score=score, matched=matched, snippet=snippet)
            for _, attrs, score, matched, snippet in store.search_text(words, limit)
        ]
    phrase = " ".join(words)
    hits: list[SearchHit] = []
    for attrs in _paper_nodes(store):
        # A word of the folded text is a run of ASCII letters and digits of the text decomposed
        # (NFKD), and so also a run of it with every non-ASCII character dropped: a word missing
        # there is missing from the folded fields, and the paper is skipped without folding them.
        raw = " ".join(attrs.get(name) or "" for name in _WEIGHTS)
        if not raw.isascii():
            raw = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
        raw = raw.lower()
        if not all(w in raw for w in words):
            continue
        fields = {name: " " + normalise_title(attrs.get(name) or "") + " " for name in _WEIGHTS}
        if not all(any(f" {w} " in value for value in fields.values()) for w in words):
            continue
        score = 0.0
        matched: list[str] = []
        for name, value in fields.items():
            found = sum(f" {w} " in value for w in words)
            if found:
                matched.append(name)
                score += _WEIGHTS[name] * found / len(words)
                if f" {phrase} " in value:
                    score += _WEIGHTS[name]
        hits.append(SearchHit(paper=paper_ref(attrs), score=round(score, 4), matched=matched))
    hits.sort(key=lambda h: (-h.score, h.paper.id))
    return hits[:limit]


def stats(store: GraphStore) -> Stats:
    """Return node and edge counts per kind and a few facts about the papers."""
    counts = store.counts()
    if isinstance(store, SQLiteStore):
        papers, year_unknown, with_arxiv, with_title = store.paper_facts()
        return Stats(
            nodes=counts["nodes"],
            edges=counts["edges"],
            papers=papers,
            year_unknown=year_unknown,
            with_arxiv_id=with_arxiv,
            with_title=with_title,
        )
    nodes = _paper_nodes(store)
    return Stats(
        nodes=counts["nodes"],
        edges=counts["edges"],
        papers=len(nodes),
        year_unknown=sum(1 for a in nodes if a.get("year") is None),
        with_arxiv_id=sum(1 for a in nodes if a.get("arxiv_id")),
        with_title=sum(1 for a in nodes if a.get("title")),
    )
