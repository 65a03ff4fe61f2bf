"""A small citation graph whose co-citation and coupling were worked out by hand.

Four citing papers C1-C4, three cited papers A, B, X, and a work E outside the corpus::

    C1 cites A, B, X          citers(A) = {C1, C2, C3}
    C2 cites A, B, E          citers(B) = {C1, C2, C4}
    C3 cites A, X, E          citers(X) = {C1, C3}
    C4 cites B

Co-citation (at least two shared citers), Salton's cosine:
    A-B share C1, C2: 2 / sqrt(3 * 3) = 0.6667
    A-X share C1, C3: 2 / sqrt(3 * 2) = 0.8165
    B-X share C1 only: no edge

Coupling (at least two shared references, E counts though it is outside the corpus):
    C1-C2 share A, B: 2 / sqrt(3 * 3) = 0.6667
    C1-C3 share A, X: 0.6667
    C2-C3 share A, E: 0.6667
    C1-C4, C2-C4 share B only: no edge

Authors: Ada Lovelace wrote C1, C2 and C3 (once as "Lovelace, Ada"), Alan Turing C1
and C2, Grace Hopper C3; Semantic Scholar gives Ada's id on C1, ORCID on C2.
"""

from __future__ import annotations

from paperkg.graph import authors, citations, cocitation
from paperkg.graph.build import BuildOptions
from paperkg.graph.stores.protocol import GraphStore
from paperkg.models import Edge, Paper, Provenance, Reference
from paperkg.progress import NullProgress

A, B, X = "arxiv:2001.00001", "arxiv:2001.00002", "arxiv:2001.00003"
C1, C2, C3, C4 = "arxiv:2101.00001", "arxiv:2101.00002", "arxiv:2101.00003", "arxiv:2101.00004"
E_DOI = "10.1000/outside"
E = f"external:doi:{E_DOI}"


def _ref(paper_id: str) -> Reference:
    return Reference(arxiv_id=paper_id.removeprefix("arxiv:"))


def papers() -> list[Paper]:
    """The seven corpus papers."""
    prov = [Provenance(source="fixture", format="jsonl")]

    def paper(pid: str, title: str, year: int, refs: list[Reference], who: list[str], **kw: object) -> Paper:
        return Paper(
            arxiv_id=pid.removeprefix("arxiv:"),
            title=title,
            abstract=f"{title}.",
            year=year,
            published=str(year),
            date_precision="year",
            references=refs,
            authors=who,
            provenance=prov,
            **kw,  # type: ignore[arg-type]
        )

    return [
        paper(A, "Attention over sparse graphs", 2020, [], ["Grace Hopper"]),
        paper(B, "Batch normalisation of graph layers", 2020, [], ["Edsger Dijkstra"]),
        paper(X, "Cross-lingual graph transfer", 2020, [], []),
        paper(
            C1,
            "Graph transformers for molecules",
            2021,
            [_ref(A), _ref(B), _ref(X)],
            ["Ada Lovelace", "Alan Turing"],
            author_ids={"Ada Lovelace": ["s2:1001"]},
        ),
        paper(
            C2,
            "Normalised attention for molecule graphs",
            2021,
            [_ref(A), _ref(B), Reference(doi=E_DOI, title="An outside work")],
            ["Turing, Alan", "Lovelace, Ada"],
            author_ids={"Lovelace, Ada": ["orcid:0000-0001-2345-6789"]},
        ),
        paper(
            C3,
            "Transfer of graph attention across languages",
            2021,
            [_ref(A), _ref(X), Reference(doi=E_DOI, title="An outside work")],
            ["Ada Lovelace", "Grace Hopper"],
        ),
        paper(C4, "Deeper batch normalised graph networks", 2021, [_ref(B)], []),
    ]


def fill(store: GraphStore) -> None:
    """Write the papers, external node, CITES, CO_CITED, COUPLED, Author and AUTHORED into ``store``."""
    corpus = papers()
    options = BuildOptions(keep_external_refs=True)
    cites = citations.run(corpus, options, NullProgress())
    overlap = cocitation.run(corpus, options, NullProgress(), {"citations": cites})
    people = authors.run(corpus, options, NullProgress())
    store.upsert_papers(corpus)
    getattr(store, "upsert_external")(cites.external_nodes)  # noqa: B009 - not part of the protocol
    store.upsert_entities(people.entities)
    store.upsert_edges(cites.edges + overlap.edges + people.edges)
    # the authors stage hands AUTHORED over as store rows, not Edge models
    store.upsert_edges(Edge.model_validate(row) for rows in people.rows.values() for row in rows)
