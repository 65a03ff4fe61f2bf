"""The embedded default store: one SQLite database in the data directory, read by index.

Layout of ``graph.sqlite`` (format version 7, WAL journal, 16 KiB pages):

- ``nodes(n, id, kind, title_hash, label_key, lead_key, label_lead_key, year, arxiv_id,
  influence, data)``: every node; ``data`` is its attributes as compact JSON without
  ``id``, ``kind`` and empty fields; papers are resolved by ``title_hash``, a 32-bit hash
  of the folded title (:func:`_title_hash`; each row it finds is checked against its
  stored title, and a part of a title is looked for in the titles read from the rows'
  starts: format 2 to 6 stored the folded title, ``title_key``), by ``label_key``, the
  folded label where it is not the title's, and by ``lead_key``, the folded name before
  a title's colon (indexed by its first 8 characters from format 7 on); the kinds'
  index leaves the papers out (format 7 on: a query of papers reads the table);
  ``year`` and ``arxiv_id`` are there to be counted (``arxiv_id`` is '1' from format 5 on:
  the id itself is in ``data``);
  ``influence`` is a paper's PageRank over BUILDS_ON and CITES, computed at each save
  that changed them (negative until then);
- ``edges(source, kind, target, evidence, data)``: keyed on (source, kind, target)
  with an index on (target, kind, source); ends are node numbers, the kind a code of
  ``edge_kinds``, the evidence a number in ``sentences``, where each sentence is
  stored once however many edges quote it (deflated when long, as ``payloads``' JSON);
- ``partners(k, data)``: the edges of the kinds in :data:`PACKED_KINDS` (SAME_FAMILY,
  SHARES_DATASET, SIMILAR_TO and the other kinds joining a paper to many papers, and
  AUTHORED; from format 7 on INTRODUCES, MENTIONS, USES_DATASET and IN_FAMILY too), not
  in ``edges`` but as one row per node and kind at each end (``k`` is the node's number
  times 64 plus the kind's code; format 4 and 5 key them on ``(node, kind)``), its
  partners packed by :mod:`paperkg.graph.stores.partners`;
- ``search``: an FTS5 index (porter stemming, accents folded) of the papers' abstract,
  title and label (the abstract first: its entries then carry no column number) without
  their function words (:data:`STOPWORDS`), read through the view ``paper_text`` and kept
  in step with ``nodes`` by each write (merged into one segment when a whole graph is saved);
- ``title_words(word)`` and ``title_odd(n)`` (format 7 on): every word of the papers' folded
  titles and labels, and the papers whose words may not be the search index's (letters
  beyond ASCII), so a part of a title is looked up through the search index
  (:meth:`SQLiteStore._title_candidates`) instead of reading every title; those papers'
  folded titles and labels are in ``title_odd_keys``, read for them instead;
- ``entity_names(key, n)``: the folded name and aliases (:func:`paperkg.models.folded_names`) of each
  method and dataset a paper introduces, so a paper is found by such a name without reading every
  entity (:meth:`SQLiteStore.entities_named`); a format 7 store gets it from the first writer that opens it;
- ``text_keys(chunk, keys)``: the first 48 bits of the key (:func:`paperkg.models.text_key_prefix`) of each
  paper's embedded text, 6 bytes a node number packed 1,360 to a row (zero: no paper), kept by each write,
  so a semantic search finds each paper's vector in the embeddings cache without reading the papers
  (:meth:`SQLiteStore.paper_text_keys`); likewise made by a first writer (6 bytes a paper where a row a
  paper took 17: the store stays under a quarter of format 1's size);
- ``external_ids(key, n)``: each id a source gives a paper (``external_ids``: "pubmed:34265844",
  "openalex:w2741809807", "s2corpus:215416146"), folded to lowercase, so a paper is found by it
  (:meth:`SQLiteStore.papers_with_external_ids`); made by a first writer as ``text_keys`` is;
- ``meta``: the format, its version, the store-level metadata as JSON, and the nodes and
  edges of each kind (``counts``, kept at each save, so ``stats`` reads no table);
- long JSON (a node's attributes, an extraction result) is stored deflated with a preset
  dictionary of scientific English and the attribute names (``paperkg/data/store-dictionary-1.txt``,
  never changed: a new one gets a new tag), after a tag byte naming the dictionary; an
  extraction result is deflated, however short, with tag 2's (the same, then the lexicon's
  entries and the results' skeletons: ``store-dictionary-2.txt``); a paper's row of tag 3
  leaves out its ``arxiv_id``, ``n_authors`` and ``year`` where its id, authors and date
  give them (:func:`_lean`), and one of tag 4 (format 7 on) also each provenance ``line``
  equal to its ``record`` (:func:`_lean_lines`); tags 6 and 7 (format 7 on) are tags 3 and 4
  with the row's start, to its title's end, deflated in a block of its own (:func:`_row_start`);
  a version 2 store's zlib rows read as they are;
- ``extractions(stage, paper, key, data)``: each paper's inference results of a
  pass, under a key hashing its text and the rules (:mod:`paperkg.inference.cache`; the
  first 8 bytes of its digest), the passes of a row a paper named by a one-character code
  and an arXiv id's "arxiv:" written as one character from format 6 on (:data:`_STAGE_CODES`),
  made by the first build or add that writes them and kept by :meth:`clear`.

A store of format version 2 to 6 opens as it is for reading; the first writer converts it
to version 7 in place (format 2's influence index is made again, smaller; the pair
edges move into ``partners``; the search index is made again, the abstract first, and the
extraction results deflated with tag 2's dictionary; the partner rows keyed by one rowid and
the extraction stages coded; the folded titles replaced by their hashes, the lead and kind
indexes made smaller, and the entity edges moved into ``partners``), with a notice. Its paper
rows keep their tag 3 until a build or add writes them again (as tag 6 or 7).

A writable store holds an exclusive ``flock`` on ``.lock`` (naming its pid and
command) while open, and keeps its writes in one transaction until :meth:`save`;
a process killed before then leaves the previous graph. Readers open the database
read-only and keep answering while a writer works.
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import functools
import hashlib
import heapq
import itertools
import json
import os
import re
import sqlite3
import sys
import time
import unicodedata
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

from paperkg._lazy import networkx as nx
from paperkg.engine import ANY_CONTEXT, Engine
from paperkg.exceptions import StoreCorrupt, StoreError, StoreLocked, StoreVersionError
from paperkg.graph.rows import EdgeItem, item_row, row_items
from paperkg.graph.stores.partners import Entry, append_entries, pack_entries, unpack_entries
from paperkg.models import (
    ENTITY_KINDS,
    NAMED_KINDS,
    Edge,
    EdgeKind,
    Entity,
    Paper,
    embedded_text,
    folded_names,
    introduced_names,
    normalise_title,
    text_key,
    text_key_prefix,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "DB_FILE",
    "FORMAT_VERSION",
    "LOCK_FILE",
    "PACKED_KINDS",
    "STOPWORDS",
    "SQLiteStore",
    "edge_attrs",
    "external_keys",
    "node_attrs",
    "search_words",
]

DB_FILE = "graph.sqlite"
LOCK_FILE = ".lock"
FORMAT_NAME = "paperkg-graph"
FORMAT_VERSION = 7  # format 2 to 6 stores read as they are; the first writer upgrades them in place
# Page size of a new database: rows of a kilobyte or more (a paper) waste a sixth of a 4 KiB page.
_PAGE_SIZE = 16384
# The JSON Lines file of format version 1, converted once into the database.
LEGACY_FILE = "graph.jsonl"
LEGACY_KEPT = "graph.v1.jsonl"
# How long a writer waits for another to finish before giving up (seconds); PAPERKG_LOCK_WAIT overrides.
DEFAULT_LOCK_WAIT = 30.0
# Ids per statement when a query names many nodes (below SQLite's variable limit).
_CHUNK = 500
# Rows written a statement at a time.
_WRITE_BATCH = 5000
_T = TypeVar("_T")
_INFLUENCE_KINDS = (EdgeKind.BUILDS_ON.value, EdgeKind.CITES.value)
# Edge kinds stored as partner lists, one row per node and kind (graph/stores/partners.py), not a row each,
# in formats 4 to 6: the kinds joining a paper to many papers (and AUTHORED, a paper's few authors), with
# few distinct attributes: about 4 bytes an end, not 34 bytes an edge.
_PACKED_KINDS_6 = tuple(
    kind.value
    for kind in (
        EdgeKind.SIMILAR_TO,
        EdgeKind.SAME_FAMILY,
        EdgeKind.SHARES_DATASET,
        EdgeKind.CO_CITED,
        EdgeKind.COUPLED,
        EdgeKind.AUTHORED,
    )
)
# From format 7 on, the kinds joining papers (and methods) to methods, datasets and families too: a
# paper's few of each, about 13 bytes an edge at both ends where an edge row and its reverse index row
# took 30 (82 bytes a paper at 20k). A popular method's row holds a part of the corpus that every add
# touching it rewrites, as an author's row of AUTHORED already did. Never an influence kind, which
# PageRank reads by SQL.
PACKED_KINDS = _PACKED_KINDS_6 + tuple(
    kind.value for kind in (EdgeKind.INTRODUCES, EdgeKind.MENTIONS, EdgeKind.USES_DATASET, EdgeKind.IN_FAMILY)
)
# Packed edges held by a write before their rows are rewritten (about 160 bytes each).
_PACKED_BATCH = 500_000
# A partner row's key (format 6 on) is its node's number times this plus its kind's code: a rowid, so
# that a row of up to 16 KiB stays in its page (a WITHOUT ROWID row over 4 KiB spilled into an
# overflow page of its own, most of it empty: a fifth of the table at 100k papers).
_PARTNER_KINDS = 64
# A paper's influence until the save that scores it: a REAL as long as a score (-1.0 would be stored
# as a one-byte integer), so scoring rewrites the row in place. A row that grows moves out of its
# page: 100k papers gaining their scores left a tenth of the nodes table's pages empty.
_UNSCORED = -0.5

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE nodes(
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title_hash INTEGER,
    label_key TEXT,
    lead_key TEXT,
    label_lead_key TEXT,
    year INTEGER,
    arxiv_id TEXT,
    influence REAL,
    data NOT NULL
);
CREATE INDEX nodes_kind ON nodes(kind) WHERE kind != 'paper';
CREATE INDEX nodes_title ON nodes(title_hash) WHERE title_hash IS NOT NULL;
CREATE INDEX nodes_label ON nodes(label_key) WHERE label_key IS NOT NULL;
CREATE INDEX nodes_lead ON nodes(substr(lead_key, 1, 8)) WHERE lead_key IS NOT NULL;
CREATE INDEX nodes_label_lead ON nodes(label_lead_key) WHERE label_lead_key IS NOT NULL;
CREATE INDEX nodes_influence ON nodes(influence DESC) WHERE influence >= 0;
CREATE TABLE edge_kinds(code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE sentences(s INTEGER PRIMARY KEY, h INTEGER UNIQUE, text TEXT NOT NULL);
CREATE TABLE payloads(s INTEGER PRIMARY KEY, h INTEGER UNIQUE, text TEXT NOT NULL);
CREATE TABLE edges(
    source INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    target INTEGER NOT NULL,
    evidence INTEGER,
    data INTEGER,
    PRIMARY KEY (source, kind, target)
) WITHOUT ROWID;
CREATE INDEX edges_in ON edges(target, kind, source);
CREATE TABLE partners(k INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE title_words(word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE title_odd(n INTEGER PRIMARY KEY);
CREATE TABLE title_odd_keys(n INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE entity_names(key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE INDEX entity_names_n ON entity_names(n);
CREATE TABLE text_keys(chunk INTEGER PRIMARY KEY, keys BLOB NOT NULL);
CREATE TABLE external_ids(key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE INDEX external_ids_n ON external_ids(n);
CREATE VIEW paper_text AS
    SELECT n, paperkg_words(data, 'title') AS title, paperkg_words(data, 'label') AS label,
           paperkg_words(data, 'abstract') AS abstract
    FROM nodes WHERE kind = 'paper';
CREATE VIRTUAL TABLE search USING fts5(
    abstract, title, label, content='paper_text', content_rowid='n',
    tokenize='porter unicode61 remove_diacritics 2'
);
"""


def _empty_template(model: Any, **required: Any) -> dict[str, Any]:
    return dict(model.model_construct(**required).model_dump(mode="json"))


# Every attribute a node or edge of each kind has, with its default: what the NetworkX
# reference holds for a field the database leaves out because it is empty.
_TEMPLATES: dict[str, dict[str, Any]] = {
    "paper": _empty_template(Paper),
    **{kind: _empty_template(model, name="") for kind, model in ENTITY_KINDS.items()},
}
_EDGE_TEMPLATE = _empty_template(Edge, kind=EdgeKind.CITES, source="", target="")
# where each field of a paper comes in its attributes (a field a row left out goes back in its place)
_PAPER_ORDER = {name: i for i, name in enumerate(_TEMPLATES["paper"])}


def _pruned(attrs: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """Return ``attrs`` without the keys in ``drop`` and without None or empty containers."""
    return {k: v for k, v in attrs.items() if k not in drop and v is not None and v != [] and v != {}}


def _payload_text(attrs: dict[str, Any]) -> str | None:
    """Return what an edge row stores of ``attrs`` beyond its kind, ends and evidence: JSON, or None for nothing."""
    rest = _pruned(attrs, ("kind", "source", "target", "evidence"))
    return _encode(rest) if rest else None


def _filled(template: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """Return the template's fields (fresh empty containers) overlaid with the stored ones."""
    full = {k: (type(v)() if isinstance(v, (list, dict)) else v) for k, v in template.items()}
    full.update(stored)
    return full


# JSON longer than this is stored compressed when that is shorter (an abstract and its raw form
# compress together to about a third, an entity's few fields by half); shorter JSON stays text.
_COMPRESS_OVER = 64
# The tag byte of raw deflate with store-dictionary-1.txt; a zlib stream (format 2) starts with 0x78.
_DICT_1 = b"\x01"
# The tag byte of raw deflate with store-dictionary-1.txt then store-dictionary-2.txt (the lexicon's
# entries and the extraction results' skeletons): extraction rows, from format 5 on.
_DICT_2 = b"\x02"
# The tag byte of a paper's JSON, deflated with tag 1's dictionary, that leaves out the fields its id and
# other fields give (format 5 on): see :func:`_lean`.
_LEAN = b"\x03"
# The tag byte of a paper's JSON as tag 3's, whose provenance entries leave out a ``line`` equal to
# their ``record`` (format 7 on: a JSON Lines file's record n is its line n): see :func:`_lean_lines`.
_LEAN_LINES = b"\x04"
# The tag byte of a ``matches`` extraction result deflated as tag 2's, whose sentence lengths (its last field,
# ``"b"``) are its paper's ``names`` result's and are left out (format 7 on): see :func:`_pack_matches`.
_SHARED_LENGTHS = b"\x05"
# The tag bytes of tag 3's and tag 4's JSON deflated in two blocks: the row's start to its title's closing
# quote, then the rest, after one byte that gives the first block's length (format 7 on). A first block
# that short is coded with deflate's fixed codes, so reading a title decodes no code table: a scan of every
# title (a part of a title looked up) reads a row in 3.4 µs in place of 11, for 10 bytes a paper.
_LEAN_TITLED = b"\x06"
_LEAN_LINES_TITLED = b"\x07"
# each tag of a paper's JSON and how many bytes come before its deflated stream
_PAPER_TAGS = {_DICT_1: 1, _LEAN: 1, _LEAN_LINES: 1, _LEAN_TITLED: 2, _LEAN_LINES_TITLED: 2}


@functools.cache
def _dictionary(tag: bytes = _DICT_1) -> bytes:
    """The preset dictionary of ``tag``: common words of scientific abstracts and attribute names (1), then
    the lexicon's entries and the extraction results' skeletons (2)."""
    data = resources.files("paperkg").joinpath("data")
    first = data.joinpath("store-dictionary-1.txt").read_bytes()
    return first if tag not in (_DICT_2, _SHARED_LENGTHS) else first + data.joinpath("store-dictionary-2.txt").read_bytes()


@functools.cache
def _packer(tag: bytes) -> Any:
    """A deflater primed with ``tag``'s dictionary, copied for each row (priming one costs twice the copy)."""
    return zlib.compressobj(6, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, _dictionary(tag))


def _compress(raw: bytes, tag: bytes = _DICT_1, first_block: int = 0) -> bytes:
    """Return ``raw`` deflated with ``tag``'s preset dictionary, after the tag (a fifth smaller than zlib).

    With ``first_block``, its first that many bytes (at most 255) end a deflate block of their own, and their
    count follows the tag: a paper's JSON to its title's closing quote, inflated alone (:func:`_row_start`).
    """
    packer = _packer(tag).copy()
    head = tag
    if first_block:
        head += bytes((first_block,)) + packer.compress(raw[:first_block]) + packer.flush(zlib.Z_BLOCK)
    body: bytes = packer.compress(raw[first_block:]) + packer.flush()
    return head + body


def _decompress(data: bytes) -> bytes:
    """Return the bytes :func:`_compress` (or format 2's ``zlib.compress``) packed."""
    tag = data[:1]
    if tag in _PAPER_TAGS or tag in (_DICT_2, _SHARED_LENGTHS):
        unpacker = zlib.decompressobj(-15, _dictionary(tag))
        skip = _PAPER_TAGS.get(tag, 3 if tag == _SHARED_LENGTHS else 1)  # tag 5's sentence-lengths checksum: 2 bytes
        raw = unpacker.decompress(data[skip:]) + unpacker.flush()
        if not unpacker.eof:
            raise zlib.error("truncated deflate stream")
        return raw
    return zlib.decompress(data)


def _pack(attrs: dict[str, Any]) -> str | bytes:
    """Return a node's stored attributes as JSON text, or compressed JSON when long."""
    return _pack_text(_encode(attrs))


_NOT_PAYLOAD = ("kind", "source", "target", "evidence")
_UNKNOWN = object()


def _frozen(value: Any) -> Any:
    """Return a hashable key of a JSON value: lists and dicts as tuples, each value with its type.

    The type too: 1, 1.0 and True are equal keys but are written differently.
    """
    if isinstance(value, list):
        return tuple((type(v), _frozen(v)) for v in value)
    if isinstance(value, dict):
        return tuple((k, type(v), _frozen(v)) for k, v in value.items())
    return value


def _payload_hash(attrs: dict[str, Any], memo: dict[tuple[Any, ...], Any]) -> int | None:
    """Return the hash of the payload an edge's attributes are stored as (None for none), memoised."""
    try:
        items = tuple(
            (k, type(v), _frozen(v) if isinstance(v, (list, dict)) else v)
            for k, v in attrs.items()
            if k not in _NOT_PAYLOAD and v is not None and v != [] and v != {}
        )
        known = memo.get(items, _UNKNOWN)
    except TypeError:  # an unhashable value (a set, free-form attributes): not memoised
        rest = _pruned(attrs, _NOT_PAYLOAD)
        return _sentence_hash(_encode(rest)) if rest else None
    if known is not _UNKNOWN:
        return cast("int | None", known)
    rest = _pruned(attrs, _NOT_PAYLOAD)
    memo[items] = value = _sentence_hash(_encode(rest)) if rest else None
    return value


# Bytes of an extraction key's hex digest that are stored (format 5 on): 64 bits are plenty to tell
# a paper's text and rules from the ones its stored result was made from (a miss only costs a read).
_KEY_BYTES = 8
# The passes of one extraction row a paper (inference.cache's NAMES_PASS and MATCHES_PASS), stored under
# a one-character code (format 6 on: 10 bytes a paper); other stages keep their names.
_STAGE_CODES = {"names": "\x01", "matches": "\x02"}
_MATCHES = "matches"  # inference.cache's MATCHES_PASS, whose rows share their names rows' sentence lengths
_NAMES = "names"
# An arXiv paper's extraction rows (format 6 on) name it by its id with this in place of "arxiv:"
# (no id starts with it): 10 bytes a paper, its two rows.
_ARXIV_MARK = "\x01"


def _key_bytes(key: str) -> bytes:
    """Return an extraction key as stored: the first bytes of a hex digest, the text of any other key."""
    try:
        return bytes.fromhex(key)[:_KEY_BYTES]
    except ValueError:
        return key.encode("utf-8", "surrogatepass")


def _pack_text(text: str, tag: bytes = _DICT_1, over: int = _COMPRESS_OVER) -> str | bytes:
    """Return JSON text as stored: as it is up to ``over`` characters, else deflated when that is shorter."""
    if len(text) <= over:
        return text
    packed = _compress(text.encode("utf-8", "surrogatepass"), tag)
    return packed if len(packed) < len(text) else text


def _pack_extraction(text: str) -> str | bytes:
    """Return an extraction result as stored: deflated with tag 2's dictionary, short ones too, when shorter.

    Most pass-1 results are a few characters (``{"w":true}``), which the dictionary holds;
    the lexicon's ids and names in it take a sixth off pass 2's (248 to 206 bytes a paper at 20k).
    """
    return _pack_text(text, _DICT_2, 0)


# An extraction result's sentence lengths, as its JSON text ends with them.
_LENGTHS = re.compile(r',"b":\[[0-9,]*\]\}\Z')


def _lengths(text: str) -> str | None:
    """Return the end of an extraction result's text holding its sentence lengths (``,"b":[...]}``), or None."""
    found = _LENGTHS.search(text)
    return None if found is None else found.group()


def _lengths_check(lengths: str) -> bytes:
    """Return the 2 bytes a tag 5 row keeps of its lengths' CRC, to tell the ``names`` result's from others."""
    return (zlib.crc32(lengths.encode()) & 0xFFFF).to_bytes(2, "big")


def _pack_matches(text: str, names_lengths: str | None) -> str | bytes:
    """Return a ``matches`` result as stored: tag 5 without its sentence lengths where they are ``names_lengths``
    (its paper's ``names`` result's: 70% of papers, 19 bytes a paper at 20k), else as :func:`_pack_extraction`."""
    lengths = _lengths(text)
    if lengths is None or lengths != names_lengths:
        return _pack_extraction(text)
    packed = _compress((text[: -len(lengths)] + "}").encode("utf-8", "surrogatepass"), _SHARED_LENGTHS)
    return packed[:1] + _lengths_check(lengths) + packed[1:]


def _unpacked(data: str | bytes) -> str:
    """Return a node's stored JSON text, decompressed when it was stored compressed."""
    return _decompress(data).decode("utf-8", "surrogatepass") if isinstance(data, bytes) else data


def _derivable(node_id: str | None, stored: dict[str, Any]) -> dict[str, Any]:
    """Return a paper's ``arxiv_id``, ``n_authors`` and ``year`` as its id, authors and date give them."""
    published, authors = stored.get("published"), stored.get("authors")
    return {
        "arxiv_id": node_id[6:] if node_id is not None and node_id.startswith("arxiv:") else None,
        "n_authors": len(authors) if isinstance(authors, list) and authors else None,
        "year": int(published[:4]) if isinstance(published, str) and published[:4].isdecimal() else None,
    }


def _lean(node_id: str, stored: dict[str, Any]) -> dict[str, Any]:
    """Return a paper's stored attributes without the fields :func:`_derivable` gives, for tag 3.

    A field that differs from what it would be derived as stays; one that is empty where
    a value could be derived is written as null. About 19 bytes a paper deflated.
    """
    lean = dict(stored)
    for name, derived in _derivable(node_id, stored).items():
        if derived is None:
            continue
        value = stored.get(name)
        if value is None:
            lean[name] = None
        elif value == derived and type(value) is type(derived):
            del lean[name]
    return lean


def _restored(node_id: str | None, lean: dict[str, Any]) -> dict[str, Any]:
    """Return the stored attributes :func:`_lean` left ``lean`` of, each field in its place.

    Without ``node_id``, ``arxiv_id`` stays out (the search index and snippets read no id).
    """
    values = {k: v for k, v in lean.items() if v is not None}
    derived = _derivable(node_id, lean)
    added = tuple(name for name, value in derived.items() if value is not None and name not in lean)
    layout = (tuple(values), added)
    keys = _LAYOUTS.get(layout)
    if keys is None:
        # papers share a few layouts: each one's order is worked out once
        order = _PAPER_ORDER
        placed = list(layout[0])
        for name in added:
            at = order[name]
            after = (i for i, k in enumerate(placed) if order.get(k, len(order)) > at)
            placed.insert(next(after, len(placed)), name)
        keys = tuple(placed)
        if len(_LAYOUTS) < _MAX_LAYOUTS:
            _LAYOUTS[layout] = keys
    for name in added:
        values[name] = derived[name]
    return {k: values[k] for k in keys}


def _lean_lines(lean: dict[str, Any]) -> dict[str, Any] | None:
    """Return a lean paper's attributes without each provenance ``line`` equal to its ``record``, for tag 4.

    Only when every entry with a record number has its line next, equal to it (a number
    deflates badly: 5 bytes a paper at 20k); None when the row is not so.
    """
    entries = lean.get("provenance")
    if not isinstance(entries, list):
        return None
    kept: list[Any] = []
    for entry in entries:
        if isinstance(entry, dict) and type(entry.get("record")) is int:
            keys = list(entry)
            at = keys.index("record") + 1
            if keys[at : at + 1] != ["line"] or type(entry["line"]) is not int or entry["line"] != entry["record"]:
                return None
            entry = {k: v for k, v in entry.items() if k != "line"}
        kept.append(entry)
    return {**lean, "provenance": kept} if kept != entries else None


def _restore_lines(stored: dict[str, Any]) -> None:
    """Put back, in place, the provenance lines :func:`_lean_lines` left out, each after its record."""
    entries = stored.get("provenance")
    if not isinstance(entries, list):
        return
    for i, entry in enumerate(entries):
        if isinstance(entry, dict) and type(entry.get("record")) is int and "line" not in entry:
            if next(reversed(entry)) == "record":  # most entries (a file's): the line goes last, in the parsed dict
                entry["line"] = entry["record"]
                continue
            restored: dict[str, Any] = {}
            for k, v in entry.items():
                restored[k] = v
                if k == "record":
                    restored["line"] = v
            entries[i] = restored


# The key order of each paper layout :func:`_restored` met (fields stored, fields derived).
_LAYOUTS: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}
_MAX_LAYOUTS = 4096


def stored_attrs(kind: str, data: str | bytes, node_id: str | None = None) -> dict[str, Any]:
    """Return the attributes a node's row stores (no empty fields; a paper's label and derived fields back)."""
    stored: dict[str, Any] = json.loads(_unpacked(data))
    if kind == "paper" and isinstance(data, bytes) and data[:1] in (_LEAN, _LEAN_LINES, _LEAN_TITLED, _LEAN_LINES_TITLED):
        stored = _restored(node_id, stored)
        if data[:1] in (_LEAN_LINES, _LEAN_LINES_TITLED):
            _restore_lines(stored)
    if kind == "paper" and "label" not in stored and "title" in stored:
        stored["label"] = stored["title"]  # written once when it is the title
    return stored


def _field(data: str | bytes | None, name: str) -> Any:
    """SQL function ``paperkg_field(data, name)``: one field of a paper's stored attributes."""
    if data is None:
        return None
    value = stored_attrs("paper", data).get(name)
    return value if isinstance(value, (str, int, float)) or value is None else _encode(value)


def _words(data: str | bytes | None, name: str) -> Any:
    """SQL function ``paperkg_words(data, name)``: a paper's field as the search index reads it."""
    return _indexed(_field(data, name))


# Function words the search index leaves out: a third of its size went to their positions (the
# words of every abstract), and they rank nothing (BM25 weighs a word in most papers at zero).
# Words that name things in some field ("can", "it", "us", "all", "no", "not", "may", "will") stay.
# fmt: off
STOPWORDS = frozenset(
    {
        "a", "about", "above", "after", "again", "against", "also", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "could", "did",
        "do", "does", "doing", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "its",
        "itself", "just", "me", "more", "most", "my", "nor", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
        "through", "thus", "to", "too", "under", "until", "upon", "very", "via", "was", "we", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "with", "within", "without",
        "would", "you", "your",
    }
)
# fmt: on
_WORDS = re.compile(r"(\w+)")


# A misspelt title's candidates by search query (``papers_near``), best first.
_NEAR_WORDS_SQL = (
    "SELECT n.id, n.data FROM search JOIN nodes n ON n.n = search.rowid WHERE search MATCH ? ORDER BY rank LIMIT ?"
)


def _in_names(*words: str) -> str:
    """Return a search query for papers whose title or label holds each of ``words`` (folded, no quotes)."""
    return "{title label} : (" + " AND ".join(f'"{w}"' for w in words) + ")"


def search_words(text: str) -> str:
    """Return ``text`` as the search index reads it: without its function words (:data:`STOPWORDS`)."""
    # split around its words, which take the odd places: 1.6x faster than a substitution calling back per word
    parts = _WORDS.split(text)
    parts[1::2] = ["" if word.lower() in STOPWORDS else word for word in parts[1::2]]
    return "".join(parts)


def _indexed(text: Any) -> Any:
    return search_words(text) if isinstance(text, str) else text


def _search_row(n: int, data: str | bytes) -> tuple[int, Any, Any, Any]:
    """Return ``(rowid, title, label, abstract)`` of a stored paper as the search index holds them."""
    return _search_values(n, stored_attrs("paper", data))


def _search_values(n: int, attrs: dict[str, Any]) -> tuple[int, Any, Any, Any]:
    """Return ``(rowid, title, label, abstract)`` of a paper's stored attributes as the search index holds them."""
    return n, *_search_texts(attrs)


def _search_texts(attrs: dict[str, Any]) -> tuple[Any, Any, Any]:
    """Return a paper's ``(title, label, abstract)`` as the search index reads them."""
    return _indexed(attrs.get("title")), _indexed(attrs.get("label")), _indexed(attrs.get("abstract"))


# What the search indexes hold of a paper: its id, its (title, label, abstract) as the search index reads
# them, and the words of its title and label, or None and their folded text where those are odd
# (``_keep_title_words``), the key of its embedded text and the keys of its external ids.
_PaperIndexed = tuple[str, tuple[Any, Any, Any], set[str] | None, str | None, int, list[str]]


def external_keys(ids: Any) -> list[str]:
    """Return the ``external_ids`` keys of a paper's ids as a source gives them ("pubmed:34265844").

    Examples
    --------
    >>> external_keys({"openalex": "W2741809807", "pubmed": " 34265844"})
    ['openalex:w2741809807', 'pubmed:34265844']
    """
    if not isinstance(ids, dict):
        return []
    return sorted({f"{str(k).strip().lower()}:{str(v).strip().lower()}" for k, v in ids.items() if str(v).strip()})


def _title_keys(title: Any, label: Any) -> tuple[set[str] | None, str | None]:
    """Return the words of a paper's title and label (:func:`_title_words`), or None and, where those are
    odd, the folded title and label joined by a bar (no folded text holds one)."""
    words = _title_words(title, label)
    if words is not None:
        return words, None
    texts = [t for t in (title, label) if isinstance(t, str)]
    return None, "|".join(normalise_title(t) for t in dict.fromkeys(texts))


def _prepared_papers(
    _context: Any, papers: Sequence[dict[str, Any]]
) -> list[tuple[_NodeRow, tuple[Any, Any, Any], int]]:
    """Return each paper's nodes row, its (title, label, abstract) as the search index reads them and the key of
    its embedded text (:func:`_text_key`): most of what writing a paper costs, made where an engine runs it (of
    the papers alone; the context is not read)."""
    return [(_paper_row(attrs), _search_texts(attrs), _text_key(attrs)) for attrs in papers]


# ``text_keys``: node numbers a row, and bytes a key (a 48-bit prefix of the text's key): 8,160 bytes, two rows
# to a 16 KiB page (1,024 a row left a third of each page empty: 8.2 bytes a paper, not 6).
_KEY_SLOTS = 1360
_TEXT_KEY_BYTES = 6


def _text_key(attrs: dict[str, Any]) -> int:
    """Return the first 48 bits of the key the embeddings cache holds a paper's text under (``text_keys``)."""
    text = embedded_text(attrs.get("title"), attrs.get("label"), attrs.get("abstract"))
    return text_key_prefix(text_key(text))


# A part of a title is looked up through the search index while it leaves at most this many candidates
# (read by number) and asks each word position at most this many words of the corpus; else every title is read.
_CANDIDATES = 20_000
_CANDIDATE_WORDS = 200


def _title_words(title: Any, label: Any) -> set[str] | None:
    """Return the words of a paper's folded title and label, or None where they may not be the search index's.

    The search index (unicode61) cuts text into runs of letters and digits; folding
    (:func:`normalise_title`) into runs of ASCII letters and digits after taking accents off. The
    two agree on a text whose characters beyond ASCII are neither letters nor digits nor
    fold to any (dashes, quotes, most symbols): its folded words are the index's, lowercased.
    """
    words: set[str] = set()
    for text in (title, label):
        if not isinstance(text, str):
            continue
        if not text.isascii() and any(_odd_character(c) for c in text if not c.isascii()):
            return None
        words.update(normalise_title(text).split())
    return words


@functools.lru_cache(maxsize=4096)
def _odd_character(c: str) -> bool:
    """Whether a character beyond ASCII may be a letter or digit to the search index, or fold to one."""
    # letters, digits, marks (a combining accent parts the index's words) and other (private, format) characters
    return unicodedata.category(c)[0] in "LNMC" or any(
        x.isascii() and x.isalnum() for x in unicodedata.normalize("NFKD", c)
    )


def _lead(text: str | None) -> str | None:
    """Return the folded name before a title's colon ("LoRA: Low-Rank ..." gives "lora"), or None."""
    if not text or ":" not in text:
        return None
    return normalise_title(text.split(":", 1)[0]) or None


def _title_hash(key: str) -> int:
    """Return the 32-bit hash a folded title is indexed by (format 7 on): a row it finds is checked by its title.

    32 bits and not the folded title itself (a hundred bytes a paper with its index): a lookup
    of the 2,000 spellings one edit from a name meets a paper of another title once in 20 at 100k.
    """
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(digest, "big", signed=True)


def _hash_of_key(key: str | None) -> int | None:
    """SQL function ``paperkg_title_hash(title_key)``: :func:`_title_hash` of a format 6 store's key."""
    return None if key is None else _title_hash(key)


_DECODE_JSON = json.JSONDecoder()
# A paper row's first bytes read for its title: its id-like fields, then the title, come first.
_TITLE_PREFIX = 384


def _row_start(data: str | bytes) -> bytes | None:
    """Return the first bytes of a deflated paper row's JSON (None for a row stored otherwise).

    Of a tag 6 or 7 row, its first block: the JSON to its title's closing quote; of another,
    its first :data:`_TITLE_PREFIX` bytes.
    """
    if not isinstance(data, bytes):
        return None
    skip = _PAPER_TAGS.get(data[:1])
    if skip == 1:
        return zlib.decompressobj(-15, _dictionary(data[:1])).decompress(data[1:], _TITLE_PREFIX)
    if skip == 2:
        # all of the first block but the title's closing quote: asking for its last byte too would
        # decode the next block's header and code tables (what the first block saves)
        return zlib.decompressobj(-15, _dictionary(data[:1])).decompress(data[2:], data[1] - 1) + b'"'
    return None


def _stored_title(data: str | bytes, start: bytes | None = None) -> Any:
    """Return the title a paper's stored attributes hold (None when none), reading the row's start alone.

    A row's fields keep the model's order (``arxiv_version``, ``doi``, ``title``, ...): the title
    is in the first few hundred bytes, so a scan of every title inflates a fraction of each row.
    """
    start = _row_start(data) if start is None else start
    if start is not None:
        # a character cut at the prefix's end waits in the decoder: the text holds whole characters
        text = codecs.getincrementaldecoder("utf-8")("surrogatepass").decode(start)
        try:
            at = 1
            while text[at] == '"':
                key, at = _DECODE_JSON.raw_decode(text, at)
                value, at = _DECODE_JSON.raw_decode(text, at + 1)
                if key == "title":
                    return value
                if text[at] == "}":
                    return None
                at += 1
            if text[at] == "}":
                return None
        except (ValueError, IndexError):  # the prefix ends inside a value: the whole row is read
            pass
    return stored_attrs("paper", data).get("title")


def _title_holds(data: str | bytes | None, key: str) -> bool:
    """SQL function ``paperkg_title_holds(data, key)``: whether a paper's folded title holds ``key``.

    A title in ASCII without escapes is passed over when a word of ``key`` is not in it:
    folding keeps an ASCII title's runs of letters and digits as they are, lowercased. Of a
    tag 6 or 7 row the title is its first block's end (4.5 to 5 µs a row at 100k papers; 19 µs
    for a tag 3 or 4 row, whose title is found by parsing its start).
    """
    if data is None:
        return False
    start = _row_start(data)
    if start is not None and data[:1] in (_LEAN_TITLED, _LEAN_LINES_TITLED):
        title = start[start.find(b'"title":"') + 9 : -1]  # the first block ends with the title's closing quote
        if title.isascii() and b"\\" not in title:
            folded = title.lower()
            for word in _key_words(key):
                if word not in folded:
                    return False
            return key in normalise_title(title.decode())
    elif start is not None and start.isascii():
        at = start.find(b'"title":"') + 9
        end = start.find(b'"', at)
        if 9 <= at < end and b"\\" not in start[at:end] and b"{" not in start[1:at] and b"[" not in start[1:at]:
            title = start[at:end].lower()
            if not all(word in title for word in _key_words(key)):
                return False
    text = _stored_title(data, start)
    return isinstance(text, str) and bool(text) and key in normalise_title(text)


@functools.lru_cache(maxsize=64)
def _key_words(key: str) -> tuple[bytes, ...]:
    """The runs of letters and digits of a folded key, as bytes."""
    return tuple(word.encode() for word in re.findall(r"[0-9a-z]+", key))


# Texts up to this long are looked up, as a paper's name, with each spelling one edit away.
_NEAR_EDIT_MAX = 24
_FOLDED_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789 "


def _one_edit(key: str) -> set[str]:
    """Return the folded spellings one edit from ``key``: a character left out, swapped, changed or added."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near |= {a + c + b[1:] for a, b in splits if b for c in _FOLDED_CHARACTERS}
    near |= {a + c + b for a, b in splits for c in _FOLDED_CHARACTERS}
    return {n.strip() for n in near if n.strip()}


def _paper_row(attrs: dict[str, Any]) -> _NodeRow:
    """Return the nodes row of a paper given as ``Paper.model_dump(mode="json")``."""
    title, label = attrs.get("title"), attrs.get("label")
    title_key = normalise_title(title) if title else None
    label_key = normalise_title(label) if label else None
    stored = _pruned(attrs, ("id", "kind"))
    if label is not None and label == title:
        del stored["label"]
    lead_key, label_lead_key = _lead(title), _lead(label)
    return (
        attrs["id"],
        "paper",
        None if title_key is None else _title_hash(title_key),
        None if label_key == title_key else label_key,
        lead_key,
        None if label_lead_key == lead_key else label_lead_key,
        attrs.get("year"),
        None if attrs.get("arxiv_id") is None else "1",  # counted by paper_facts; the id is in data
        _pack_paper(attrs["id"], stored),
    )


def _pack_paper(node_id: str, stored: dict[str, Any]) -> str | bytes:
    """Return a paper's attributes as stored: tag 6 (:func:`_lean`) or 7 (:func:`_lean_lines`) when deflating
    pays, tag 3 or 4 for a row whose title ends past its 255th byte, else as _pack does."""
    lean = _lean(node_id, stored)
    lines = _lean_lines(lean)
    text = _encode(lean if lines is None else lines)
    if len(text) > _COMPRESS_OVER:
        raw = text.encode("utf-8", "surrogatepass")
        cut = _title_end(text, lean.get("title"))
        if 0 < cut <= 255:
            packed = _compress(raw, _LEAN_TITLED if lines is None else _LEAN_LINES_TITLED, cut)
        else:
            packed = _compress(raw, _LEAN if lines is None else _LEAN_LINES)
        if len(packed) < len(text):
            return packed
    return _pack(stored)


def _title_end(text: str, title: Any) -> int:
    """Return where, in bytes, a paper's JSON ``text`` has its title's closing quote (0 for no title).

    The fields before the title are numbers and strings, whose quotes inside are escaped: the first
    ``"title":`` is the key. Its value is checked against ``title``.
    """
    at = text.find('"title":')
    if not isinstance(title, str) or at < 0:
        return 0
    try:
        value, end = _DECODE_JSON.raw_decode(text, at + 8)
    except ValueError:
        return 0
    return len(text[:end].encode("utf-8", "surrogatepass")) if value == title else 0


def _other_row(node_id: str, kind: str, stored: dict[str, Any]) -> _NodeRow:
    """Return the nodes row of an entity or external node: no title, label, year or arXiv keys."""
    return (node_id, kind, None, None, None, None, None, None, _pack(stored))


def _entity(node_id: str, kind: str, data: str | bytes) -> Entity:
    """Return the entity model of a node's row."""
    return ENTITY_KINDS[kind].model_validate({**stored_attrs(kind, data), "id": node_id})


def node_attrs(node_id: str, kind: str, data: str | bytes) -> dict[str, Any]:
    """Return a node's whole attribute dict, as the NetworkX reference holds it, from its row."""
    stored = stored_attrs(kind, data, node_id)
    template = _TEMPLATES.get(kind)
    if template is None:  # external nodes keep exactly what was written
        return {"id": node_id, **stored, "kind": kind}
    full = _filled(template, stored)
    full["id"] = node_id
    full["kind"] = kind
    return full


def edge_attrs(source: str, target: str, kind: str, evidence: str | None, data: str | None) -> dict[str, Any]:
    """Return an edge's whole attribute dict, as ``Edge.model_dump(mode="json")`` gives it."""
    full = _filled(_EDGE_TEMPLATE, json.loads(data) if data else {})
    full["kind"], full["source"], full["target"] = kind, source, target
    if evidence is not None:
        full["evidence"] = evidence
    return full


# A node's row: id, kind, title_hash, label_key, lead_key, label_lead_key, year, arxiv_id, data.
# An edge as written: (kind, source id, target id, evidence, its other attributes as JSON).
_EdgeText = tuple[str, str, str, str | None, str | None]
_NodeRow = tuple[
    str, str, int | None, str | None, str | None, str | None, int | None, str | None, str | bytes
]


def _sentence_hash(text: str) -> int:
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _extraction_id(paper: str) -> str:
    """Return the paper id an extraction row names as ``paper`` (the inverse of ``_extraction_paper``)."""
    return "arxiv:" + paper[1:] if paper.startswith(_ARXIV_MARK) else paper


def _partner_key(node: int, code: int) -> int:
    """Return the key of ``node``'s row of packed edges of kind ``code`` (format 6 on)."""
    if not 0 <= code < _PARTNER_KINDS:
        raise StoreError(f"edge kind code {code} does not fit a partner row's key; rebuild with 'paperkg build --force'")
    return node * _PARTNER_KINDS + code


# The condition that lets a query of other nodes read the kinds' index, which leaves the papers out (format 7
# on: 15 bytes a paper); a query of papers reads the table, nearly all of which they are.
_NOT_PAPER = "kind != 'paper'"


def _of_kind(kind: str) -> str:
    """Return the condition selecting the nodes of ``kind`` (one parameter), by the kinds' index where it can."""
    return "kind = ?" if kind == "paper" else f"kind = ? AND {_NOT_PAPER}"


def _packed_kinds(version: int) -> tuple[str, ...]:
    """Return the edge kinds a store of format ``version`` keeps in ``partners``."""
    return PACKED_KINDS if version >= 7 else _PACKED_KINDS_6 if version >= 4 else ()


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _batched(items: Iterable[_T], size: int = _WRITE_BATCH) -> Iterator[list[_T]]:
    """Yield ``items`` in lists of ``size`` (the last one shorter), none empty."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _marks(count: int) -> str:
    return ",".join("?" * count)


def lock_wait_seconds() -> float:
    """Return how long a writer waits for the lock: ``$PAPERKG_LOCK_WAIT`` or 30 s."""
    raw = os.environ.get("PAPERKG_LOCK_WAIT")
    if not raw:
        return DEFAULT_LOCK_WAIT
    try:
        return max(0.0, float(raw))
    except ValueError as e:
        raise StoreError(f"PAPERKG_LOCK_WAIT must be a number of seconds, got {raw!r}") from e


def _damaged(path: Path, error: BaseException) -> StoreCorrupt:
    return StoreCorrupt(
        f"{path} is damaged ({error}); rebuild it with 'paperkg build --force FILES' "
        "(the damaged file is kept beside the new one)"
    )


class SQLiteStore:
    """A GraphStore in a SQLite database, answering lookups by index without loading the graph.

    Open it with :meth:`open`; use it as a context manager to save and release
    the lock on exit. Edges are keyed by their kind, so two nodes have at most
    one edge of each kind in each direction.

    Examples
    --------
    >>> with SQLiteStore.open("paperkg-data", writable=True, create=True) as store:  # doctest: +SKIP
    ...     store.upsert_papers([Paper(title="A", abstract="x")])
    1
    """

    name = "sqlite"

    def __init__(self, path: Path, connection: sqlite3.Connection, *, writable: bool) -> None:
        self.data_dir = path
        self.db_file = path / DB_FILE
        self.writable = writable
        self.notices: list[str] = []
        self._db = connection
        self._lock: IO[str] | None = None
        self._in_transaction = False
        self._influence_stale = False
        # Created by this open and never saved: a failed first build leaves no empty store behind.
        self._unsaved_new = False
        # Written whole since the last save (a new store, clear): compacted after the save commits.
        self._compact = False
        self._kinds: dict[str, int] = {}
        self._kind_names: dict[int, str] = {}
        # codes of the kinds this store holds in ``partners`` (none before format 4)
        self._packed: set[int] = set()
        self._version = FORMAT_VERSION
        # edges of each kind, kept by every write and saved in meta (None: not known, counted when asked)
        self._edge_counts: dict[str, int] | None = None
        # packed edges written but not yet in their rows: (node, kind code) -> entries, None removing one
        self._pending: dict[tuple[int, int], list[tuple[int, int, tuple[int | None, int | None] | None]]] = {}
        self._pending_size = 0
        # the highest node number when the write transaction began (None: not known, or not to be relied
        # on after a savepoint rolled back), and the highest partner of each row written since: a row's
        # new partners above it are appended to it (:func:`append_entries`) rather than the row rewritten
        self._fresh_after: int | None = None
        self._tails: dict[tuple[int, int], int] = {}
        # the sentence lengths of the names results this store read or wrote (None for none), by extraction
        # row paper, for the matches results that share them (format 7 on); dropped with the transaction
        self._lengths_seen: dict[str, str | None] = {}
        # whether the store holds ``entity_names`` (a format 7 store gets it from the first writer that opens it)
        self._entity_names = True
        # and ``external_ids`` (likewise)
        self._external_ids = True

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: str | Path,
        *,
        writable: bool = False,
        create: bool = False,
        replace_unreadable: bool = False,
        lock_wait: float | None = None,
    ) -> SQLiteStore:
        """Open the store in ``data_dir``.

        A directory holding a store of format version 1 (``graph.jsonl``) is
        converted once; the old file is kept as ``graph.v1.jsonl`` and
        :attr:`notices` says so.

        Parameters
        ----------
        data_dir
            The data directory.
        writable
            Take the write lock, waiting up to ``lock_wait`` seconds for another writer.
        create
            Create the directory and an empty store when none exists.
        replace_unreadable
            Move a damaged store aside (``graph.sqlite.damaged-TIME``) and start an empty one.
        lock_wait
            Seconds to wait for the lock; ``$PAPERKG_LOCK_WAIT`` or 30 by default.

        Raises
        ------
        StoreError
            When there is no store and ``create`` is false, it is locked by another
            writer past the wait, damaged, or written by a newer paperkg.
        """
        path = Path(data_dir)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is not a directory; give --data-dir a directory")
        db_file, legacy = path / DB_FILE, path / LEGACY_FILE
        has_db = db_file.exists() or db_file.is_symlink()
        if not has_db and not legacy.exists() and not create:
            raise StoreError(
                f"no paperkg graph in {path}; run 'paperkg build FILES' first or pass --data-dir"
            )
        wait = lock_wait_seconds() if lock_wait is None else lock_wait
        lock: IO[str] | None = None
        notices: list[str] = []
        if writable or (not has_db and legacy.exists()):
            # Converting a version 1 store writes, so it takes the lock even for a reader.
            path.mkdir(parents=True, exist_ok=True)
            lock = _acquire_lock(path, wait)
            _remove_leftovers(path)
        try:
            if replace_unreadable and (db_file.exists() or db_file.is_symlink()):
                try:
                    cls._connect(db_file, writable=False).close()
                except (StoreCorrupt, StoreVersionError):
                    kept = db_file.with_name(f"{DB_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
                    os.replace(db_file, kept)
                    for suffix in ("-wal", "-shm"):
                        Path(str(db_file) + suffix).unlink(missing_ok=True)
                    notices.append(f"the damaged store was moved to {kept}; building a new one")
            if not (db_file.exists() or db_file.is_symlink()) and legacy.exists():
                notices.append(_convert_legacy(path, replace_unreadable=replace_unreadable))
            created = False
            if not (db_file.exists() or db_file.is_symlink()):
                if not (writable or create):
                    raise StoreError(f"no paperkg graph in {path}; run 'paperkg build FILES' first")
                _create(db_file)
                created = writable
            connection = cls._connect(db_file, writable=writable)
        except BaseException:
            if lock is not None:
                _release_lock(lock)
            raise
        if lock is not None and not writable:
            _release_lock(lock)
            lock = None
        store = cls(path, connection, writable=writable)
        store._lock = lock
        store.notices = notices
        store._unsaved_new = created
        store._compact = created
        try:
            store._load_kinds()
            if writable:
                notice = store._upgrade()
                if notice:
                    notices.append(notice)
        except BaseException:
            store.close()
            raise
        return store

    def _upgrade(self) -> str | None:
        """Convert a format 2 to 6 store to format 7 in place, in one transaction; return any notice.

        Format 3 indexes the first 16 characters of a folded title and the influence score
        alone, leaves function words out of the search index (made again here: seconds at
        100k papers), and writes long rows deflated with a preset dictionary; a format 2
        store's rows read as they are and are rewritten by the builds and adds that change them.
        Format 4 moves the edges of :data:`PACKED_KINDS` into ``partners`` and keeps the
        counts of each kind in ``meta``. Format 5 makes the search index again with the
        abstract as its first column, and deflates the extraction results with tag 2's dictionary.
        Format 6 keys the partner rows by one rowid and codes the extraction stages. Format 7
        indexes a hash of each folded title in place of the folded title (:func:`_title_hash`).
        """
        version = self._version
        if version >= FORMAT_VERSION:
            if self._edge_counts is None:  # not kept by an earlier writer: counted now, saved by the next save
                self._edge_counts = self._count_edges()
            tables = {
                name
                for (name,) in self._db.execute(
                    "SELECT name FROM sqlite_master "
                    "WHERE name LIKE 'title%' OR name IN ('entity_names', 'text_keys', 'external_ids')"
                )
            }
            if "entity_names" not in tables:
                self._write()  # a format 7 store written before the names of introduced entities were kept
                self._make_entity_names()
            if "title_words" not in tables:
                self._write()  # a format 7 store written before its title words were kept
                self._make_title_words()
            elif "title_odd_keys" not in tables:
                self._write()  # nor the odd papers' folded titles: those papers alone are read
                self._make_title_words("WHERE n IN (SELECT n FROM title_odd)")
            if "text_keys" not in tables:
                self._write()  # nor the keys of the papers' embedded texts
                self._make_text_keys()
            if "external_ids" not in tables:
                self._write()  # nor the papers' external ids
                self._make_external_ids()
            return None
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            if version < 3:
                self._upgrade_to_3()
            self._in_transaction = True
            if version < 4:
                self._upgrade_to_4()
            if version < 5:
                self._upgrade_to_5()
            if version < 6:
                self._upgrade_to_6(partners_keyed=version >= 4)
                self._version = 6  # its partner rows read by their format 6 keys (its meta says so at commit)
            self._upgrade_to_7()
            self._make_entity_names()
            self._make_text_keys()
            self._make_external_ids()
            self._version = FORMAT_VERSION  # its rows are read as this format's now (reset if this fails)
            self._save_counts()
            self._in_transaction = False
            db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (str(FORMAT_VERSION),))
            db.execute("COMMIT")
        except BaseException as e:
            self._in_transaction = False
            if db.in_transaction:
                db.execute("ROLLBACK")
            self._load_kinds()
            if isinstance(e, sqlite3.Error):
                raise _damaged(self.db_file, e) from e
            raise
        self._version = FORMAT_VERSION
        self._vacuum()
        if version < 3:
            return (
                f"upgraded {self.db_file} from format {version} to {FORMAT_VERSION} (smaller indexes and rows; "
                "search leaves out function words such as 'the' and 'of')"
            )
        smaller = "titles indexed by a hash, edges to methods, datasets and families packed per node"
        if version < 6:
            smaller = f"partner lists and extraction rows keyed more compactly; {smaller}"
        if version < 5:
            smaller = f"a smaller search index and extraction results; {smaller}"
        if version < 4:
            smaller = f"pair edges packed per paper; {smaller}"
        return f"upgraded {self.db_file} from format {version} to {FORMAT_VERSION} ({smaller})"

    def _upgrade_to_7(self) -> None:
        """Index a hash of each paper's folded title (:func:`_title_hash`) in place of the folded title, the
        first 8 characters of a title's lead in place of the whole lead, and the kinds of the nodes but papers;
        move the edges joining papers to methods, datasets and families into ``partners``."""
        db = self._db
        db.execute("DROP INDEX IF EXISTS nodes_title")
        db.execute("ALTER TABLE nodes ADD COLUMN title_hash INTEGER")
        db.execute("UPDATE nodes SET title_hash = paperkg_title_hash(title_key) WHERE title_key IS NOT NULL")
        db.execute("ALTER TABLE nodes DROP COLUMN title_key")
        self._pack_kinds([kind for kind in PACKED_KINDS if kind not in _PACKED_KINDS_6])
        db.execute("DROP INDEX IF EXISTS nodes_lead")
        db.execute("DROP INDEX IF EXISTS nodes_kind")
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith(
                ("CREATE INDEX nodes_title ", "CREATE INDEX nodes_lead ", "CREATE INDEX nodes_kind ")
            ):
                db.execute(statement)
        self._make_title_words()

    def _make_entity_names(self) -> None:
        """Make ``entity_names`` and fill it from the methods and datasets the store holds."""
        for statement in _statements(_SCHEMA):
            if " entity_names" in statement:
                made = statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1)
                self._db.execute(made.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        kinds = list(NAMED_KINDS)
        rows = self._db.execute(
            f"SELECT id, kind, data FROM nodes WHERE kind IN ({_marks(len(kinds))}) AND {_NOT_PAPER}", kinds
        )
        while batch := rows.fetchmany(_WRITE_BATCH):
            self._keep_entity_names(batch)
        self._entity_names = True

    def _make_text_keys(self) -> None:
        """Make ``text_keys`` and fill it with the key of every paper's embedded text."""
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith("CREATE TABLE text_keys"):
                self._db.execute(statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
        papers = self._db.execute("SELECT n, data FROM nodes WHERE kind = 'paper' ORDER BY n")
        while batch := papers.fetchmany(10_000):
            self._keep_text_keys([(n, _text_key(stored_attrs("paper", data))) for n, data in batch])

    def _make_external_ids(self) -> None:
        """Make ``external_ids`` and fill it with the keys of every paper's external ids."""
        for statement in _statements(_SCHEMA):
            if " external_ids" in statement:
                made = statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1)
                self._db.execute(made.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        papers = self._db.execute("SELECT n, data FROM nodes WHERE kind = 'paper' ORDER BY n")
        while batch := papers.fetchmany(10_000):
            keyed = [(n, external_keys(stored_attrs("paper", data).get("external_ids"))) for n, data in batch]
            self._db.executemany(
                "INSERT OR IGNORE INTO external_ids(key, n) VALUES (?, ?)", [(k, n) for n, keys in keyed for k in keys]
            )
        self._external_ids = True

    def _keep_text_keys(self, keyed: Iterable[tuple[int, int]]) -> None:
        """Write each ``(node number, key)`` into its row of ``text_keys``; a key of 0 clears the number."""
        by_chunk: dict[int, list[tuple[int, int]]] = {}
        for n, key in keyed:
            by_chunk.setdefault(n // _KEY_SLOTS, []).append((n % _KEY_SLOTS, key))
        for chunks in _chunks(sorted(by_chunk)):
            held = dict(
                self._db.execute(f"SELECT chunk, keys FROM text_keys WHERE chunk IN ({_marks(len(chunks))})", chunks)
            )
            rows = []
            for chunk in chunks:
                if chunk not in held and not any(key for _, key in by_chunk[chunk]):
                    continue  # clearing numbers no row holds (a deleted entity's)
                packed = bytearray(held.get(chunk) or bytes(_KEY_SLOTS * _TEXT_KEY_BYTES))
                for slot, key in by_chunk[chunk]:
                    at = slot * _TEXT_KEY_BYTES
                    packed[at : at + _TEXT_KEY_BYTES] = key.to_bytes(_TEXT_KEY_BYTES, "big")
                rows.append((chunk, bytes(packed)))
            self._db.executemany("INSERT OR REPLACE INTO text_keys(chunk, keys) VALUES (?, ?)", rows)

    def _make_title_words(self, which: str = "") -> None:
        """Make the tables of title words that are missing and fill them from the title and label of every paper
        (or of those ``which``, a WHERE clause over ``nodes``, selects)."""
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith(("CREATE TABLE title_words", "CREATE TABLE title_odd")):
                self._db.execute(statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
        papers = self._db.execute(f"SELECT n, data FROM nodes {which or 'WHERE true'} AND +kind = 'paper'")
        while batch := papers.fetchmany(10_000):
            self._keep_title_words(
                (n, *_title_keys(attrs.get("title"), attrs.get("label")))
                for n, attrs in ((n, stored_attrs("paper", data)) for n, data in batch)
            )

    def _upgrade_to_6(self, *, partners_keyed: bool) -> None:
        """Key the partner rows by one rowid (a format 4 or 5 store's, keyed on (node, kind)), and code the
        extraction stages of a row a paper (:data:`_STAGE_CODES`) and arXiv ids in them (:data:`_ARXIV_MARK`)."""
        db = self._db
        if partners_keyed:
            top = db.execute("SELECT max(kind) FROM partners").fetchone()[0]
            if top is not None:
                _partner_key(0, top)  # raises for a code too large for the key
            db.execute("ALTER TABLE partners RENAME TO partners_5")
            for statement in _statements(_SCHEMA):
                if statement.lstrip().startswith("CREATE TABLE partners"):
                    db.execute(statement)
            db.execute(
                f"INSERT INTO partners(k, data) SELECT node * {_PARTNER_KINDS} + kind, data FROM partners_5 "
                "ORDER BY node, kind"
            )
            db.execute("DROP TABLE partners_5")
        try:
            for name, code in _STAGE_CODES.items():
                db.execute("UPDATE extractions SET stage = ? WHERE stage = ?", (code, name))
            db.execute(
                "UPDATE extractions SET paper = ? || substr(paper, 7) WHERE substr(paper, 1, 6) = 'arxiv:'",
                (_ARXIV_MARK,),
            )
        except sqlite3.OperationalError as e:
            if "no such table" not in str(e):  # none when no build of format 3 or later wrote any
                raise

    def _upgrade_to_5(self) -> None:
        """Make the search index again (the abstract first), flag arXiv ids, deflate and cut extraction rows.

        In an FTS5 index a word's positions in the first column need no column number before
        them: with the abstract first, most entries lose two bytes (the index falls by 28%);
        BM25 scores are the same to the bit, its weights given in the new order. ``nodes.arxiv_id``,
        which only counts papers, keeps '1' for an id; extraction rows are deflated with tag 2's
        dictionary and their keys cut to 8 bytes.
        """
        db = self._db
        db.execute("UPDATE nodes SET arxiv_id = 1 WHERE arxiv_id IS NOT NULL")
        db.execute("DROP TABLE IF EXISTS search")
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith("CREATE VIRTUAL TABLE search "):
                db.execute(statement)
        db.execute("INSERT INTO search(search) VALUES ('rebuild')")
        try:
            stages = [stage for (stage,) in db.execute("SELECT DISTINCT stage FROM extractions").fetchall()]
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # no build of format 3 or later wrote any
                return
            raise
        for stage in stages:
            last = None
            while True:
                rows = db.execute(
                    "SELECT paper, data FROM extractions WHERE stage = ? AND (?2 IS NULL OR paper > ?2) "
                    "ORDER BY paper LIMIT 5000",
                    (stage, last),
                ).fetchall()
                if not rows:
                    break
                db.executemany(
                    "UPDATE extractions SET data = ? WHERE stage = ? AND paper = ?",
                    [(_pack_extraction(_unpacked(data)), stage, paper) for paper, data in rows],
                )
                last = rows[-1][0]
        # every key an earlier paperkg wrote is a 16-byte digest (another key that long only misses once)
        db.execute("UPDATE extractions SET key = substr(key, 1, ?) WHERE length(key) = 16", (_KEY_BYTES,))

    def _upgrade_to_4(self) -> None:
        """Move the edges of the kinds format 4 packs from ``edges`` into ``partners``, and count every kind."""
        db = self._db
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith("CREATE TABLE partners"):
                db.execute(statement.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
        self._packed = set()
        self._edge_counts = self._count_edges()
        self._pack_kinds(_PACKED_KINDS_6)

    def _pack_kinds(self, kinds: Sequence[str]) -> None:
        """Move the edges of ``kinds`` from ``edges`` into ``partners``, keeping the counts of each kind."""
        db = self._db
        if self._edge_counts is None:
            self._edge_counts = self._count_edges()
        codes = [self._kinds[k] for k in kinds if k in self._kinds]
        if codes:
            for kind in kinds:  # counted again as their entries go in
                self._edge_counts.pop(kind, None)
            self._packed |= set(codes)
            marks = _marks(len(codes))
            for source, code, target, evidence, data in db.execute(
                f"SELECT source, kind, target, evidence, data FROM edges WHERE kind IN ({marks})", codes
            ).fetchall():
                self._hold_packed(source, code, target, evidence, data)
            self._flush_packed()
            db.execute(f"DELETE FROM edges WHERE kind IN ({marks})", codes)

    def _upgrade_to_3(self) -> None:
        """Make format 2's influence index and the search index's view as format 3 has them (the title's
        index is made again by :meth:`_upgrade_to_7`)."""
        db = self._db
        db.execute("DROP INDEX IF EXISTS nodes_title")
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith("CREATE INDEX nodes_influence "):
                db.execute("DROP INDEX IF EXISTS nodes_influence")
                db.execute(statement)
        db.execute("DROP TABLE IF EXISTS search")  # made again by _upgrade_to_5
        db.execute("DROP VIEW IF EXISTS paper_text")
        for statement in _statements(_SCHEMA):
            if statement.lstrip().startswith("CREATE VIEW paper_text "):
                db.execute(statement)

    @staticmethod
    def _connect(db_file: Path, *, writable: bool) -> sqlite3.Connection:
        """Open the database and check it is a paperkg store this version reads."""
        if not db_file.is_file():
            raise StoreCorrupt(
                f"{db_file} is not a regular file; move it away or run 'paperkg build --force FILES'"
            )
        uri = db_file.resolve().as_uri() + ("" if writable else "?mode=ro")
        try:
            connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            connection.create_function("paperkg_field", 2, _field, deterministic=True)
            connection.create_function("paperkg_words", 2, _words, deterministic=True)
            connection.create_function("paperkg_title_holds", 2, _title_holds, deterministic=True)
            connection.create_function("paperkg_title_hash", 1, _hash_of_key, deterministic=True)
        except sqlite3.Error as e:
            raise _damaged(db_file, e) from e
        try:
            connection.execute("PRAGMA busy_timeout = 10000")
            if writable:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA cache_size = -65536")
            rows = dict(connection.execute("SELECT key, value FROM meta WHERE key IN ('format', 'version')"))
        except sqlite3.Error as e:
            connection.close()
            raise _damaged(db_file, e) from e
        if rows.get("format") != FORMAT_NAME:
            connection.close()
            raise StoreCorrupt(f"{db_file} is not a paperkg store; move it away or give another --data-dir")
        try:
            version = int(rows.get("version", ""))
        except ValueError:
            version = -1
        if version > FORMAT_VERSION or version < 0:
            connection.close()
            raise StoreVersionError(
                f"{db_file} was written in format version {rows.get('version')}, newer than this "
                f"paperkg reads ({FORMAT_VERSION}); upgrade paperkg"
            )
        return connection

    def _load_kinds(self) -> None:
        try:
            rows = self._db.execute("SELECT code, name FROM edge_kinds").fetchall()
            meta = dict(self._db.execute("SELECT key, value FROM meta WHERE key IN ('version', 'counts')"))
            named = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'entity_names'").fetchone()
            external = self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'external_ids'").fetchone()
        except sqlite3.Error as e:
            raise _damaged(self.db_file, e) from e
        self._kinds = {name: code for code, name in rows}
        self._entity_names = named is not None
        self._external_ids = external is not None
        self._kind_names = {code: name for code, name in rows}
        self._version = int(meta["version"])
        self._packed = {code for code, name in rows if name in _packed_kinds(self._version)}
        counts = json.loads(meta["counts"]).get("edges") if "counts" in meta else None
        self._edge_counts = dict(counts) if isinstance(counts, dict) else None
        self._pending = {}
        self._pending_size = 0
        self._fresh_after = None
        self._tails = {}
        self._lengths_seen = {}

    # -- transactions ------------------------------------------------------------

    def _write(self) -> sqlite3.Connection:
        """Return the connection inside this store's write transaction, beginning it if needed."""
        if not self.writable:
            raise StoreLocked("this store was opened read-only; open it writable to change it")
        if not self._in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            self._fresh_after = self._db.execute("SELECT coalesce(max(n), 0) FROM nodes").fetchone()[0]
            self._tails = {}
        return self._db

    def _kind_code(self, kind: str) -> int:
        code = self._kinds.get(kind)
        if code is None:
            db = self._write()
            code = (db.execute("SELECT coalesce(max(code), 0) + 1 FROM edge_kinds").fetchone())[0]
            db.execute("INSERT INTO edge_kinds(code, name) VALUES (?, ?)", (code, kind))
            self._kinds[kind] = code
            self._kind_names[code] = kind
            if kind in _packed_kinds(self._version):
                self._packed.add(code)
        return code

    def save(self) -> None:
        """Commit every write so far in one transaction, after storing fresh influence scores."""
        if not self._in_transaction:
            return
        if self._influence_stale:
            self._store_influence()
        self._db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('version', ?)", (str(FORMAT_VERSION),)
        )
        self._save_counts()
        if self._compact:
            # a whole graph's papers went into the search index batch by batch, as segments holding each
            # word's list again: merged into one (6 bytes a paper at 20k; the same hits and scores)
            self._db.execute("INSERT INTO search(search) VALUES ('optimize')")
        self._db.execute("COMMIT")
        self._in_transaction = False
        self._fresh_after = None
        self._unsaved_new = False
        if self._compact:
            self._compact = False
            self._vacuum()

    def _vacuum(self) -> None:
        """Rewrite the database file compactly, after a whole graph is written or a format upgraded.

        Rows written stage by stage fill their pages to about three quarters (a stage's
        rows land between an earlier stage's): 100 bytes a paper at 100k, which VACUUM
        gives back in 2 s. The graph is committed before: a failure (a full disk, which
        VACUUM needs the file's size of) leaves it whole and is said in :attr:`notices`.
        """
        try:
            self._db.execute("VACUUM")
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as e:
            self.notices.append(f"{self.db_file} was saved but not compacted ({e})")

    def _save_counts(self) -> None:
        """Keep the nodes and edges of each kind in meta, for :meth:`counts` to read."""
        if self._edge_counts is not None:
            nodes = self._node_counts()
            edges = {k: c for k, c in self._edge_counts.items() if c}
            # the papers' facts too: counting them reads every paper row (0.3 s at a million papers)
            facts = list(self._count_paper_facts())
            self._db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('counts', ?)",
                (_encode({"nodes": nodes, "edges": edges, "papers": facts}),),
            )

    def _node_counts(self) -> dict[str, int]:
        """Count the nodes of each kind: the other kinds by their index, the papers as the rest of all nodes."""
        others = dict(self._rows(f"SELECT kind, count(*) FROM nodes WHERE {_NOT_PAPER} GROUP BY kind"))
        papers = self._rows("SELECT count(*) FROM nodes")[0][0] - sum(others.values())
        return dict(sorted({**others, **({"paper": papers} if papers else {})}.items()))

    def rollback(self) -> None:
        """Drop every write since the last save."""
        if self._in_transaction:
            self._db.execute("ROLLBACK")
            self._in_transaction = False
            self._influence_stale = False
            self._load_kinds()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Write inside a savepoint of the write transaction: an exception undoes what was written in it."""
        db = self._write()
        db.execute("SAVEPOINT paperkg_part")
        try:
            yield
        except BaseException:
            db.execute("ROLLBACK TO paperkg_part")
            db.execute("RELEASE paperkg_part")
            self._lengths_seen = {}
            self._fresh_after = None  # rows went back to what they held: their highest partners are not known
            self._tails = {}
            raise
        db.execute("RELEASE paperkg_part")

    def close(self) -> None:
        """Drop unsaved writes, close the database and release the write lock."""
        try:
            if self._in_transaction:
                self.rollback()
            self._db.close()
            if self._unsaved_new and self._lock is not None:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.db_file) + suffix).unlink(missing_ok=True)
        finally:
            if self._lock is not None:
                _release_lock(self._lock)
                self._lock = None

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None and self.writable:
                self.save()
        finally:
            self.close()

    # -- writing ---------------------------------------------------------------

    def _upsert_nodes(self, rows: Iterable[_NodeRow]) -> int:
        """Write the rows of entities and external nodes (papers: :meth:`upsert_paper_rows`)."""
        return sum(self._upsert_batch(batch) for batch in _batched(rows))

    def _upsert_batch(self, batch: list[_NodeRow], papers: Sequence[_PaperIndexed] = ()) -> int:
        """Write one batch of node rows, keeping the search index in step with the papers among them.

        ``papers`` holds what the search indexes hold of the batch's papers (``_PaperIndexed``),
        made from their attributes as they are: what a row stores of a paper's title, label and
        abstract is what it reads back, so no row is read back and inflated to index it.
        """
        if not batch:
            return 0
        db = self._write()
        ids = [row[0] for row in batch]
        self._unindex(ids)
        db.executemany(
            "INSERT INTO nodes(id, kind, title_hash, label_key, lead_key, label_lead_key, year, arxiv_id, data, "
            f"influence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CASE WHEN ?2 = 'paper' THEN {_UNSCORED} END) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title_hash = excluded.title_hash, "
            "label_key = excluded.label_key, lead_key = excluded.lead_key, "
            "label_lead_key = excluded.label_lead_key, year = excluded.year, arxiv_id = excluded.arxiv_id, "
            "data = excluded.data, influence = excluded.influence",
            batch,
        )
        named = [(row[0], row[1], row[8]) for row in batch if row[1] in NAMED_KINDS]
        if named:
            self._keep_entity_names(named)
        # a paper written twice in the batch is stored as its last row
        last = {indexed[0]: indexed for indexed in papers}
        for chunk in _chunks(list(last)):
            stored = sorted(
                (n, last[node_id])
                for n, node_id in db.execute(f"SELECT n, id FROM nodes WHERE id IN ({_marks(len(chunk))})", chunk)
            )
            db.executemany(
                "INSERT INTO search(rowid, title, label, abstract) VALUES (?, ?, ?, ?)",
                [(n, *indexed[1]) for n, indexed in stored],
            )
            self._keep_title_words((n, indexed[2], indexed[3]) for n, indexed in stored)
            self._keep_text_keys((n, indexed[4]) for n, indexed in stored)
            self._keep_external_ids([(n, indexed[5]) for n, indexed in stored])
        return len(batch)

    def _keep_external_ids(self, papers: Sequence[tuple[int, list[str]]]) -> None:
        """Make the ``external_ids`` rows of papers given as ``(number, keys)`` those keys."""
        numbers = [n for n, _ in papers]
        for chunk in _chunks(numbers):
            self._db.execute(f"DELETE FROM external_ids WHERE n IN ({_marks(len(chunk))})", chunk)
        self._db.executemany(
            "INSERT OR IGNORE INTO external_ids(key, n) VALUES (?, ?)", [(k, n) for n, keys in papers for k in keys]
        )

    def _keep_entity_names(self, rows: Sequence[tuple[str, str, str | bytes]]) -> None:
        """Make the ``entity_names`` rows of methods and datasets given as ``(id, kind, stored data)``
        (written, or being indexed) those of their names and aliases now."""
        db = self._db
        for chunk in _chunks(rows):
            ids = [row[0] for row in chunk]
            numbers = dict(db.execute(f"SELECT id, n FROM nodes WHERE id IN ({_marks(len(ids))})", ids))
            db.execute(f"DELETE FROM entity_names WHERE n IN ({_marks(len(numbers))})", list(numbers.values()))
            keys: list[tuple[str, int]] = []
            for node_id, kind, data in chunk:
                attrs = stored_attrs(kind, data)
                if attrs.get("introduced_by") and node_id in numbers:
                    names = folded_names(attrs.get("name", ""), attrs.get("aliases", ()))
                    keys.extend((key, numbers[node_id]) for key in names)
            db.executemany("INSERT OR IGNORE INTO entity_names(key, n) VALUES (?, ?)", keys)

    def _keep_title_words(self, papers: Iterable[tuple[int, set[str] | None, str | None]]) -> None:
        """Add the words of papers' titles and labels to ``title_words``, or, where their words are not the
        search index's (:func:`_title_words`), the papers to ``title_odd`` and their folded title and label
        to ``title_odd_keys``; ``papers`` are ``(number, *_title_keys(title, label))``."""
        words: set[str] = set()
        odd: list[tuple[int]] = []
        odd_keys: list[tuple[int, str]] = []
        for n, found, folded in papers:
            if found is None:
                odd.append((n,))
                odd_keys.append((n, folded or ""))
            else:
                words |= found
        self._db.executemany("INSERT OR IGNORE INTO title_words(word) VALUES (?)", ((w,) for w in sorted(words)))
        self._db.executemany("INSERT OR IGNORE INTO title_odd(n) VALUES (?)", odd)
        self._db.executemany("INSERT OR REPLACE INTO title_odd_keys(n, key) VALUES (?, ?)", odd_keys)

    def _unindex(self, ids: Sequence[str]) -> None:
        """Take the papers among ``ids`` out of the search index, with the text it holds for them."""
        db = self._db
        for chunk in _chunks(ids):
            old = db.execute(
                f"SELECT n, data FROM nodes WHERE +kind = 'paper' AND id IN ({_marks(len(chunk))})", chunk
            ).fetchall()
            if old:
                db.executemany(
                    "INSERT INTO search(search, rowid, title, label, abstract) VALUES ('delete', ?, ?, ?, ?)",
                    [_search_row(n, data) for n, data in old],
                )

    def upsert_papers(self, papers: Iterable[Paper], engine: Engine | None = None) -> int:
        """Insert or replace papers by id; return how many were written (see :meth:`upsert_paper_rows`)."""
        return self.upsert_paper_rows((paper.model_dump(mode="json") for paper in papers), engine)

    def upsert_paper_rows(self, rows: Iterable[dict[str, Any]], engine: Engine | None = None) -> int:
        """Insert or replace papers given as ``Paper.model_dump(mode="json")`` dicts (bulk paths).

        With ``engine``, each paper's row and search texts (packing and indexing: most of the cost)
        are made by its workers, on the pool it keeps, while this process writes the batch before.
        """
        self._influence_stale = True
        # the title, label and external-id keys of each paper sent, until its row comes back: its title words are
        # found here (5% of the work; made in a worker, each paper's would come back as a set of new strings)
        sent: deque[tuple[Any, Any, list[str]]] = deque()

        def sending() -> Iterator[dict[str, Any]]:
            for attrs in rows:
                sent.append((attrs.get("title"), attrs.get("label"), external_keys(attrs.get("external_ids"))))
                yield attrs

        made: Iterable[tuple[_NodeRow, tuple[Any, Any, Any], int]] = (
            (item for batch in _batched(sending()) for item in _prepared_papers(None, batch))
            if engine is None
            else engine.map(_prepared_papers, ANY_CONTEXT, sending())
        )
        written = 0
        for batch in _batched(made):
            titles = [sent.popleft() for _ in batch]
            indexed = [
                (row[0], texts, *_title_keys(title, label), key, ids)
                for (row, texts, key), (title, label, ids) in zip(batch, titles, strict=True)
            ]
            written += self._upsert_batch([row for row, _, _ in batch], indexed)
        return written

    def upsert_entities(self, entities: Iterable[Entity]) -> int:
        """Insert or replace Method, Dataset and MethodFamily nodes by id."""
        return self._upsert_nodes(
            _other_row(attrs["id"], attrs["kind"], _pruned(attrs, ("id", "kind")))
            for attrs in (entity.model_dump(mode="json") for entity in entities)
        )

    def upsert_external(self, nodes: Iterable[dict[str, Any]]) -> int:
        """Insert lightweight external nodes (unresolved references) given as attribute dicts."""
        return self._upsert_nodes(
            _other_row(attrs["id"], "external", {k: v for k, v in attrs.items() if k not in ("id", "kind")})
            for attrs in nodes
        )

    def upsert_edges(self, edges: Iterable[Edge]) -> int:
        """Insert or replace edges keyed on (source, target, kind)."""
        return self.upsert_edge_rows(edge.model_dump(mode="json") for edge in edges)

    def upsert_edge_rows(self, rows: Iterable[dict[str, Any]]) -> int:
        """Insert or replace edges given as ``Edge.model_dump(mode="json")`` dicts (bulk paths).

        Raises
        ------
        KeyError
            When an edge names a node the store lacks.
        """
        return self._upsert_edge_texts(
            (attrs["kind"], attrs["source"], attrs["target"], attrs.get("evidence") or None, _payload_text(attrs))
            for attrs in rows
        )

    def upsert_edge_items(self, kind: EdgeKind | str, items: Iterable[EdgeItem]) -> int:
        """Insert or replace edges of ``kind`` given as ``(source, target, evidence, payload)`` items.

        A bulk stage hands out one payload dict for the many edges that carry the same
        attributes (see :meth:`sync_edge_items`): each is encoded once, not once per edge.
        Written as :meth:`upsert_edge_rows` writes the rows the items stand for.

        Raises
        ------
        KeyError
            When an edge names a node the store lacks.
        ValueError
            When a payload names another kind.
        """
        name = EdgeKind(kind).value
        # the dict is kept with its text, so its id is not reused while this runs
        texts: dict[int, tuple[dict[str, Any], str | None]] = {}

        def edges() -> Iterator[_EdgeText]:
            for source, target, evidence, payload in items:
                known = texts.get(id(payload))
                if known is None:
                    if payload.get("kind", name) != name:
                        raise ValueError(f"an edge of {name} given with a payload of {payload['kind']}")
                    known = texts[id(payload)] = (payload, _payload_text(payload))
                yield name, source, target, evidence or None, known[1]

        return self._upsert_edge_texts(edges())

    def _upsert_edge_texts(self, edges: Iterable[_EdgeText]) -> int:
        """Write edges given as ``(kind, source, target, evidence, payload text)``, 5,000 at a time."""
        count = sum(self._upsert_edge_batch(batch) for batch in _batched(edges))
        self._flush_packed()
        return count

    def _upsert_edge_batch(self, batch: list[_EdgeText]) -> int:
        """Write one batch of edges: their ends' numbers and texts looked up a statement per 500."""
        if not batch:
            return 0
        db = self._write()
        numbers = self._numbers(list({end for edge in batch for end in (edge[1], edge[2])}))
        sentence_ids = self._intern_all("sentences", [edge[3] for edge in batch])
        payload_ids = self._intern_all("payloads", [edge[4] for edge in batch])
        rows: list[tuple[int, int, int, int | None, int | None]] = []
        packed = self._packed
        for kind, source_id, target_id, said, payload in batch:
            source, target = numbers.get(source_id), numbers.get(target_id)
            if source is None or target is None:
                missing = source_id if source is None else target_id
                raise KeyError(f"edge {kind} refers to unknown node {missing!r}")
            if kind in _INFLUENCE_KINDS:
                self._influence_stale = True
            row = (
                source,
                self._kind_code(kind),
                target,
                None if said is None else sentence_ids[said],
                None if payload is None else payload_ids[payload],
            )
            if row[1] in packed:
                self._hold_packed(*row)
            else:
                rows.append(row)
        if self._edge_counts is None:
            db.executemany(
                "INSERT INTO edges(source, kind, target, evidence, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(source, kind, target) DO UPDATE SET evidence = excluded.evidence, data = excluded.data",
                rows,
            )
            return len(batch)
        by_kind: dict[int, list[tuple[int, int, int, int | None, int | None]]] = {}
        for row in rows:
            by_kind.setdefault(row[1], []).append(row)
        for code, kind_rows in by_kind.items():
            # new rows counted as they go in; rows already stored (none in a fresh build) updated after
            inserted = db.executemany(
                "INSERT OR IGNORE INTO edges(source, kind, target, evidence, data) VALUES (?, ?, ?, ?, ?)",
                kind_rows,
            ).rowcount
            if inserted < len(kind_rows):
                db.executemany(
                    "UPDATE edges SET evidence = ?4, data = ?5 WHERE source = ?1 AND kind = ?2 AND target = ?3 "
                    "AND (evidence IS NOT ?4 OR data IS NOT ?5)",
                    kind_rows,
                )
            self._count(code, inserted)
        return len(batch)

    def _count(self, code: int, change: int) -> None:
        """Add ``change`` to the count of edges of the kind ``code``."""
        if self._edge_counts is not None and change:
            name = self._kind_names[code]
            self._edge_counts[name] = self._edge_counts.get(name, 0) + change

    def _delete_counted(self, statement: str, params: Sequence[Any]) -> int:
        """Run ``DELETE FROM edges ...`` and take what it deleted off the counts; return how many."""
        codes = [code for (code,) in self._db.execute(statement + " RETURNING kind", params)]
        for code in set(codes):
            self._count(code, -codes.count(code))
        return len(codes)

    # -- packed edges (graph/stores/partners.py) ----------------------------------------------

    def _hold_packed(
        self, source: int, code: int, target: int, evidence: int | None, payload: int | None
    ) -> None:
        """Hold a packed edge for :meth:`_flush_packed` to write into both ends' rows."""
        pending = self._pending
        attrs = (evidence, payload)
        pending.setdefault((source, code), []).append((target, 0, attrs))
        pending.setdefault((target, code), []).append((source, 1, attrs))
        self._pending_size += 1
        if self._pending_size >= _PACKED_BATCH:
            self._flush_packed()

    def _drop_packed(self, source: int, code: int, target: int) -> None:
        """Hold the deletion of a packed edge for :meth:`_flush_packed`."""
        pending = self._pending
        pending.setdefault((source, code), []).append((target, 0, None))
        pending.setdefault((target, code), []).append((source, 1, None))
        self._pending_size += 1

    def _flush_packed(self) -> None:
        """Rewrite the partner rows the held edges change, each once; keep the counts."""
        if not self._pending:
            return
        pending, self._pending, self._pending_size = self._pending, {}, 0
        db = self._db
        for chunk in _chunks(sorted(pending)):
            stored: dict[tuple[int, int], bytes] = {
                divmod(k, _PARTNER_KINDS): blob
                for k, blob in db.execute(
                    f"SELECT k, data FROM partners WHERE k IN ({_marks(len(chunk))})",
                    [_partner_key(node, code) for node, code in chunk],
                )
            }
            writes: list[tuple[int, bytes]] = []
            deletes: list[tuple[int]] = []
            for key in chunk:
                blob = stored.get(key)
                changes = pending[key]
                tail = self._tails.get(key, self._fresh_after)
                if (
                    blob is not None
                    and tail is not None
                    and not self._compact  # a whole build: the rows are written again batch by batch, as one run
                    and all(attrs is not None and partner > tail for partner, _, attrs in changes)
                ):
                    # only papers new in this transaction joined (an add): the row is not read and packed
                    # again (0.2 s for a dataset of 34,327 papers at 100k), their entries go at its end
                    added = {(partner, direction): attrs for partner, direction, attrs in changes}
                    self._count(key[1], sum(1 for _, direction in added if direction == 0))
                    runs = ((p, d, e, y) for (p, d), (e, y) in added.items())  # type: ignore[misc]
                    writes.append((_partner_key(*key), append_entries(blob, runs)))
                    self._tails[key] = max(added)[0]
                    continue
                entries: dict[tuple[int, int], tuple[int | None, int | None]] = (
                    {(p, d): (e, y) for p, d, e, y in unpack_entries(blob)} if blob is not None else {}
                )
                change = 0
                for partner, direction, attrs in changes:
                    end = (partner, direction)
                    if attrs is None:
                        if entries.pop(end, None) is not None and direction == 0:
                            change -= 1
                    else:
                        if direction == 0 and end not in entries:
                            change += 1
                        entries[end] = attrs
                self._count(key[1], change)
                if not entries:
                    if blob is not None:
                        deletes.append((_partner_key(*key),))
                    self._tails.pop(key, None)
                    continue
                self._tails[key] = max(entries)[0]
                packed = pack_entries((p, d, e, y) for (p, d), (e, y) in entries.items())
                if packed != blob:
                    writes.append((_partner_key(*key), packed))
            db.executemany("INSERT OR REPLACE INTO partners(k, data) VALUES (?, ?)", writes)
            db.executemany("DELETE FROM partners WHERE k = ?", deletes)

    def _drop_packed_touching(self, numbers: Sequence[int], codes: Sequence[int] | None = None) -> None:
        """Delete the packed edges (of ``codes``, all packed kinds when None) into or out of ``numbers``."""
        wanted = sorted(self._packed) if codes is None else [c for c in codes if c in self._packed]
        for node, code, entries in list(self._partner_lists(numbers, wanted)):
            for partner, direction, _, _ in entries:
                if direction == 0:
                    self._drop_packed(node, code, partner)
                else:
                    self._drop_packed(partner, code, node)
        self._flush_packed()

    def _partner_lists(
        self, nodes: Sequence[int] | None, codes: Sequence[int]
    ) -> Iterator[tuple[int, int, list[Entry]]]:
        """Yield ``(node, kind code, entries)`` of the partner rows of ``nodes`` (all, by node, when None)."""
        if not codes:
            return
        if self._version >= 6:
            yield from self._partner_rows(nodes, codes)
            return
        kind_marks = _marks(len(codes))  # format 4 and 5: keyed on (node, kind), not yet upgraded
        if nodes is None:
            statement = f"SELECT node, kind, data FROM partners WHERE kind IN ({kind_marks}) ORDER BY node, kind"
            for node, code, blob in self._iter(statement, list(codes)):
                yield node, code, unpack_entries(blob)
            return
        for chunk in _chunks(nodes):
            for node, code, blob in self._rows(
                f"SELECT node, kind, data FROM partners WHERE node IN ({_marks(len(chunk))}) "
                f"AND kind IN ({kind_marks}) ORDER BY node, kind",
                [*chunk, *codes],
            ):
                yield node, code, unpack_entries(blob)

    def _partner_rows(
        self, nodes: Sequence[int] | None, codes: Sequence[int]
    ) -> Iterator[tuple[int, int, list[Entry]]]:
        """:meth:`_partner_lists` of format 6, whose rows are keyed by :func:`_partner_key`."""
        if nodes is None:
            statement = (
                f"SELECT k, data FROM partners WHERE k % {_PARTNER_KINDS} IN ({_marks(len(codes))}) ORDER BY k"
            )
            for k, blob in self._iter(statement, list(codes)):
                yield *divmod(k, _PARTNER_KINDS), unpack_entries(blob)
            return
        for some in _chunks(nodes):  # by node and kind within each chunk of nodes, as format 5 reads them
            keys = sorted({_partner_key(node, code) for node in some for code in codes})
            for chunk in _chunks(keys):
                for k, blob in self._rows(
                    f"SELECT k, data FROM partners WHERE k IN ({_marks(len(chunk))}) ORDER BY k", chunk
                ):
                    yield *divmod(k, _PARTNER_KINDS), unpack_entries(blob)

    def _packed_edges(
        self, nodes: Sequence[int] | None, codes: Sequence[int], *, out: bool | None
    ) -> list[tuple[int, int, int, int | None, int | None]]:
        """Return ``(source, kind code, target, evidence, payload)`` of the packed edges leaving (``out``)
        or entering ``nodes`` (every packed edge once, by source, kind and target, when None), or, with
        ``out=None``, both, from one read of their rows (an edge between two of ``nodes`` comes twice)."""
        ways = (0, 1) if out is None else (0,) if out else (1,)
        return [
            (node, code, partner, evidence, payload) if way == 0 else (partner, code, node, evidence, payload)
            for node, code, entries in self._partner_lists(nodes, codes)
            for partner, way, evidence, payload in entries
            if way in ways
        ]

    def _column_of(self, statement: str, numbers: Iterable[int]) -> dict[int, Any]:
        """Return ``{number: value}`` of ``statement`` (selecting both, ``{}`` marking the numbers), by chunks."""
        found: dict[int, Any] = {}
        wanted = sorted(set(numbers))
        for chunk in _chunks(wanted):
            found.update(self._rows(statement.format(_marks(len(chunk))), chunk))
        return found

    def _edge_texts(
        self, edges: Sequence[tuple[int, int, int, int | None, int | None]], column: str
    ) -> tuple[dict[int, Any], dict[int, Any]]:
        """Return ``column`` (``text`` or ``h``) of the edges' evidence sentences and of their payloads, by number."""
        return (
            self._column_of(f"SELECT s, {column} FROM sentences WHERE s IN ({{}})", (e[3] for e in edges if e[3] is not None)),
            self._column_of(f"SELECT s, {column} FROM payloads WHERE s IN ({{}})", (e[4] for e in edges if e[4] is not None)),
        )

    def _resolved(
        self, edges: Sequence[tuple[int, int, int, int | None, int | None]]
    ) -> list[tuple[str, str, int, str | None, str | None, int, int]]:
        """Return packed edges as edge select rows: ids, kind, texts, then the ends' numbers."""
        if not edges:
            return []
        ids = self._column_of("SELECT n, id FROM nodes WHERE n IN ({})", (n for e in edges for n in (e[0], e[2])))
        said, payloads = self._edge_texts(edges, "text")
        return [
            (ids[s], ids[t], code, None if e is None else said[e], None if y is None else payloads[y], s, t)
            for s, code, t, e, y in edges
            if s in ids and t in ids
        ]

    def _packed_stream(
        self, codes: Sequence[int]
    ) -> Iterator[tuple[str, str, int, str | None, str | None, int, int]]:
        """Yield every packed edge of ``codes`` as an edge select row, by source, kind and target."""
        batch: list[tuple[int, int, int, int | None, int | None]] = []
        for node, code, entries in self._partner_lists(None, codes):
            batch.extend((node, code, p, e, y) for p, way, e, y in entries if way == 0)
            if len(batch) >= 20000:
                yield from self._resolved(batch)
                batch = []
        yield from self._resolved(batch)

    def _count_edges(self) -> dict[str, int]:
        """Count the edges of each kind, reading every row (kept in meta from format 4 on)."""
        counts = {
            self._kind_names[k]: c for k, c in self._rows("SELECT kind, count(*) FROM edges GROUP BY kind")
        }
        for _, code, entries in self._partner_lists(None, sorted(self._packed)):
            name = self._kind_names[code]
            counts[name] = counts.get(name, 0) + sum(1 for entry in entries if entry[1] == 0)
        return {k: c for k, c in counts.items() if c}

    def _intern_all(self, table: str, texts: Iterable[str | None]) -> dict[str, int]:
        """Return the numbers of ``texts`` in ``sentences`` or ``payloads``, storing each new text once."""
        wanted = {text: _sentence_hash(text) for text in dict.fromkeys(texts) if text is not None}
        found: dict[str, int] = {}
        by_hash: dict[int, tuple[int, str]] = {}
        hashes = list(set(wanted.values()))
        for chunk in _chunks(hashes):
            for number, h, text in self._db.execute(
                f"SELECT s, h, text FROM {table} WHERE h IN ({_marks(len(chunk))})", chunk
            ):
                by_hash[h] = (number, text)
        for text, h in wanted.items():
            known = by_hash.get(h)
            if known is not None and _unpacked(known[1]) == text:
                found[text] = known[0]
                continue
            # A new text, or (about never) another text with the same 64-bit hash: stored unhashed.
            # Long texts deflated as a node's attributes are (format 4; format 3's stay text).
            cursor = self._db.execute(
                f"INSERT INTO {table}(h, text) VALUES (?, ?)", (h if known is None else None, _pack_text(text))
            )
            found[text] = int(cursor.lastrowid or 0)
            if known is None:
                by_hash[h] = (found[text], text)
        return found

    def delete_nodes(self, ids: Iterable[str]) -> int:
        """Delete nodes and their edges; return how many nodes were deleted."""
        db = self._write()
        wanted = list(dict.fromkeys(ids))
        deleted = 0
        for chunk in _chunks(wanted):
            numbers = [
                r[0] for r in db.execute(f"SELECT n FROM nodes WHERE id IN ({_marks(len(chunk))})", chunk)
            ]
            if not numbers:
                continue
            self._unindex(chunk)
            marks = _marks(len(numbers))
            self._drop_packed_touching(numbers)
            self._delete_counted(f"DELETE FROM edges WHERE source IN ({marks})", numbers)
            self._delete_counted(f"DELETE FROM edges WHERE target IN ({marks})", numbers)
            db.execute(f"DELETE FROM entity_names WHERE n IN ({marks})", numbers)
            db.execute(f"DELETE FROM external_ids WHERE n IN ({marks})", numbers)
            self._keep_text_keys((n, 0) for n in numbers)
            db.execute(f"DELETE FROM nodes WHERE n IN ({marks})", numbers)
            deleted += len(numbers)
        if deleted:
            self._influence_stale = True
        return deleted

    # -- per-paper extraction results (paperkg.inference.cache) ---------------------------

    def get_extractions(self, stage: str, keys: Mapping[str, str]) -> dict[str, str]:
        """Return paper id -> stored extraction data of ``stage``, for papers whose stored key is in ``keys``."""
        found: dict[str, str] = {}
        shared: dict[str, tuple[str, bytes]] = {}
        ids = {self._extraction_paper(paper): paper for paper in keys}
        try:
            for chunk in _chunks(list(ids)):
                for stored, key, data in self._db.execute(
                    f"SELECT paper, key, data FROM extractions WHERE stage = ? AND paper IN ({_marks(len(chunk))})",
                    [self._stage(stage), *chunk],
                ):
                    paper = ids[stored]
                    # a store of format 4 or before, not yet upgraded, holds whole 16-byte digests
                    if _key_bytes(keys[paper]) == (key[:_KEY_BYTES] if len(key) == 16 else key):
                        if isinstance(data, bytes) and data[:1] == _SHARED_LENGTHS:
                            shared[stored] = (paper, data)
                        else:
                            found[paper] = _unpacked(data)
                            if stage == _NAMES and self._version >= 7:
                                self._lengths_seen[stored] = _lengths(found[paper])
            # a result without its sentence lengths takes its names result's, when they are the ones it left out;
            # else it is not found, and made again
            names = self._names_lengths(list(shared))
            for stored, (paper, data) in shared.items():
                lengths = names.get(stored)
                if lengths is not None and _lengths_check(lengths) == data[1:3]:
                    found[paper] = _unpacked(data)[:-1] + lengths
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # a store no add or build of this version has written yet
                return {}
            raise _damaged(self.db_file, e) from e
        return found

    def has_extraction(self, stage: str, paper: str) -> bool:
        """Return whether ``paper`` has a stored result of ``stage`` under any key (made by other rules too)."""
        try:
            row = self._db.execute(
                "SELECT 1 FROM extractions WHERE stage = ? AND paper = ?",
                (self._stage(stage), self._extraction_paper(paper)),
            ).fetchone()
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):
                return False
            raise _damaged(self.db_file, e) from e
        return row is not None

    def _names_lengths(self, papers: Sequence[str]) -> dict[str, str]:
        """Return the sentence lengths of the ``names`` results of ``papers`` (as extraction rows name them),
        those this store read or wrote since it was opened without reading them again."""
        seen = self._lengths_seen
        lengths = {paper: known for paper in papers if (known := seen.get(paper)) is not None}
        for chunk in _chunks([paper for paper in papers if paper not in seen]):
            for paper, data in self._db.execute(
                f"SELECT paper, data FROM extractions WHERE stage = ? AND paper IN ({_marks(len(chunk))})",
                [_STAGE_CODES["names"], *chunk],
            ):
                found = _lengths(_unpacked(data))
                if found is not None:
                    lengths[paper] = found
        return lengths

    def put_extractions(self, stage: str, rows: Iterable[tuple[str, str, str]]) -> int:
        """Store ``(paper id, key, data)`` extraction rows of ``stage``, replacing each paper's earlier one.

        The table outlives :meth:`clear`: a rebuild reads back what an earlier build extracted.
        """
        db = self._write()
        # keyed on (stage, paper) alone, without a rowid index beside it: a result quoting its sentences
        # by number is a few hundred bytes, which a 16 KiB page holds in place (format 2 stores keep
        # the rowid table they made, with its unique index)
        db.execute(
            "CREATE TABLE IF NOT EXISTS extractions(stage TEXT NOT NULL, paper TEXT NOT NULL, key BLOB NOT NULL, "
            "data NOT NULL, PRIMARY KEY (stage, paper)) WITHOUT ROWID"
        )
        count = 0
        shares = stage == _MATCHES and self._version >= 7
        for chunk in _chunks(list(rows), 5000):
            papers = [self._extraction_paper(paper) for paper, _, _ in chunk]
            names = self._names_lengths(papers) if shares else {}
            db.executemany(
                "INSERT OR REPLACE INTO extractions(stage, paper, key, data) VALUES (?, ?, ?, ?)",
                [
                    (
                        self._stage(stage),
                        paper,
                        _key_bytes(key),
                        _pack_matches(data, names.get(paper)) if shares else _pack_extraction(data),
                    )
                    for paper, (_, key, data) in zip(papers, chunk, strict=True)
                ],
            )
            count += len(chunk)
            if stage == _NAMES and self._version >= 7:
                self._lengths_seen.update((paper, _lengths(data)) for paper, (_, _, data) in zip(papers, chunk, strict=True))
        return count

    def keep_extractions(self, stage: str, papers: Iterable[str]) -> int:
        """Delete the extraction rows of ``stage`` whose paper is not among ``papers``; return how many.

        A build keeps only its corpus's rows, so a data directory rebuilt from other
        files does not keep the extractions of papers it no longer holds.
        """
        db = self._write()
        try:
            stored = {
                _extraction_id(paper)
                for (paper,) in db.execute("SELECT paper FROM extractions WHERE stage = ?", (self._stage(stage),))
            }
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):
                return 0
            raise _damaged(self.db_file, e) from e
        gone = stored.difference(papers)
        db.executemany(
            "DELETE FROM extractions WHERE stage = ? AND paper = ?",
            [(self._stage(stage), self._extraction_paper(paper)) for paper in gone],
        )
        if stage == _NAMES:
            for paper in gone:
                self._lengths_seen.pop(self._extraction_paper(paper), None)
        return len(gone)

    def _stage(self, stage: str) -> str:
        """Return ``stage`` as this store's extraction rows name it (a code from format 6 on)."""
        return _STAGE_CODES.get(stage, stage) if self._version >= 6 else stage

    def _extraction_paper(self, paper: str) -> str:
        """Return a paper's id as this store's extraction rows name it (:data:`_ARXIV_MARK` from format 6 on)."""
        return _ARXIV_MARK + paper[6:] if paper.startswith("arxiv:") and self._version >= 6 else paper

    # -- writing what changed (incremental add) ------------------------------------------

    def sync_entities(
        self, entities: Iterable[Entity], kept_kinds: Iterable[EdgeKind | str]
    ) -> tuple[int, int]:
        """Make the entity nodes exactly ``entities``, as deleting them all and writing these would.

        Entity nodes not among ``entities`` are deleted with their edges; an edge of a kind
        outside ``kept_kinds`` that touches a surviving entity is deleted too (a rebuild
        drops it with the entities); an entity whose row differs from the stored one is
        rewritten in place, keeping its number, so its edges stay. Return ``(written, deleted)``.
        """
        db = self._write()
        kinds = list(ENTITY_KINDS)
        stored: dict[str, tuple[int, str, str | bytes]] = {
            node_id: (n, kind, data)
            for n, node_id, kind, data in db.execute(
                f"SELECT n, id, kind, data FROM nodes WHERE kind IN ({_marks(len(kinds))}) AND {_NOT_PAPER}", kinds
            )
        }
        rows: dict[str, _NodeRow] = {}
        for entity in entities:
            attrs = entity.model_dump(mode="json")
            rows[attrs["id"]] = _other_row(attrs["id"], attrs["kind"], _pruned(attrs, ("id", "kind")))
        gone = [node_id for node_id in stored if node_id not in rows]
        deleted = self.delete_nodes(gone) if gone else 0
        codes = [
            code for name, code in self._kinds.items() if name in {EdgeKind(k).value for k in kept_kinds}
        ]
        marks = _marks(len(kinds))
        for end in ("source", "target"):
            self._delete_counted(
                f"DELETE FROM edges WHERE {end} IN (SELECT n FROM nodes WHERE kind IN ({marks}) AND {_NOT_PAPER}) "
                f"AND kind NOT IN ({_marks(len(codes))})",
                [*kinds, *codes],
            )
        if self._packed - set(codes):
            entity_numbers = [
                n for (n,) in db.execute(f"SELECT n FROM nodes WHERE kind IN ({marks}) AND {_NOT_PAPER}", kinds)
            ]
            self._drop_packed_touching(entity_numbers, sorted(self._packed - set(codes)))
        changed = [
            row
            for node_id, row in rows.items()
            if node_id not in stored
            or (stored[node_id][1], _unpacked(stored[node_id][2])) != (row[1], _unpacked(row[8]))
        ]
        return self._upsert_nodes(changed), deleted

    def _id_numbers(self) -> dict[str, int]:
        """Every node's number by id (one scan of the id index)."""
        return dict(self._db.execute("SELECT id, n FROM nodes"))

    def sync_edges(self, kind: EdgeKind | str, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Make the stored edges of ``kind`` exactly ``rows`` (``Edge.model_dump(mode="json")`` dicts).

        Only the difference is written: edges absent from ``rows`` are deleted, new or
        changed ones written, equal ones left alone. Return ``(written, deleted)``.

        Raises
        ------
        KeyError
            When an edge names a node the store lacks.
        """
        return self.sync_edge_items(
            {kind: row_items(rows)}
        )

    def sync_edge_items(
        self,
        kinds: Mapping[EdgeKind | str, Iterable[tuple[str, str, str | None, dict[str, Any]]]],
        scopes: Mapping[EdgeKind | str, Iterable[str]] | None = None,
    ) -> tuple[int, int]:
        """:meth:`sync_edges` of each kind, its edges given as ``(source, target, evidence, payload)``.

        ``payload`` holds the edge's other attributes (keys ``kind``, ``source``,
        ``target`` and ``evidence`` in it are ignored), in the order a row of the edge
        has them. A bulk stage hands out one payload dict for the many edges that carry
        the same attributes (SAME_FAMILY's score and what is shared, a mention's count):
        each distinct payload is then hashed once, not once per edge. A pair given twice
        is written as given last. Where ``scopes`` names nodes for a kind, only the stored
        edges of that kind touching them are compared and may be deleted; the others stay.
        Return ``(written, deleted)`` over all kinds.

        Raises
        ------
        KeyError
            When an edge names a node the store lacks.
        """
        numbers = self._id_numbers()
        scoped = {EdgeKind(kind).value: nodes for kind, nodes in (scopes or {}).items()}
        written = deleted = 0
        for kind, items in kinds.items():
            name = EdgeKind(kind).value
            scope = scoped.get(name)
            ends = None if scope is None else [numbers[n] for n in scope if n in numbers]
            added, gone = self._sync_kind(name, items, numbers, ends)
            written += added
            deleted += gone
        return written, deleted

    def _sync_kind(
        self,
        kind: str,
        items: Iterable[tuple[str, str, str | None, dict[str, Any]]],
        numbers: Mapping[str, int],
        ends: Sequence[int] | None = None,
    ) -> tuple[int, int]:
        """Make the stored edges of ``kind`` (those touching ``ends``, if given) exactly ``items``.

        Return ``(written, deleted)``.
        """
        db = self._write()
        code = self._kind_code(kind)
        stored: dict[tuple[int, int], tuple[int | None, int | None, bool]] = {}
        found: Iterable[Any]
        select = (
            "SELECT e.source, e.target, e.evidence, e.data, x.h, y.h FROM edges e "
            "LEFT JOIN sentences x ON x.s = e.evidence LEFT JOIN payloads y ON y.s = e.data "
            "WHERE e.kind = ?"
        )
        if code in self._packed:
            found = self._packed_hashed(code, ends)
        elif ends is None:
            found = db.execute(select, (code,))
        else:
            found = [
                row
                for chunk in _chunks(ends)
                for end in ("source", "target")
                for row in db.execute(f"{select} AND e.{end} IN ({_marks(len(chunk))})", (code, *chunk))
            ]
        for source, target, evidence, data, evidence_h, data_h in found:
            # a text stored unhashed (a hash collision) cannot be compared by hash: always rewritten
            exact = (evidence is None or evidence_h is not None) and (data is None or data_h is not None)
            stored[(source, target)] = (evidence_h, data_h, exact)
        # many edges carry the same attributes: hashed once each, by content and by the dict given
        payload_hashes: dict[tuple[Any, ...], Any] = {}
        by_payload: dict[int, tuple[dict[str, Any], int | None]] = {}
        sentence_hashes: dict[str, int] = {}
        changed: list[dict[str, Any]] = []
        seen: set[tuple[int, int]] = set()
        for source_id, target_id, evidence, payload in items:
            source, target = numbers.get(source_id), numbers.get(target_id)
            if source is None or target is None:
                missing = source_id if source is None else target_id
                raise KeyError(f"edge {kind} refers to unknown node {missing!r}")
            key = (source, target)
            old = stored.get(key)
            if old is not None and old[2] and key not in seen:
                seen.add(key)
                if evidence is None:
                    evidence_h = None
                else:
                    evidence_h = sentence_hashes.get(evidence)
                    if evidence_h is None:
                        evidence_h = sentence_hashes[evidence] = _sentence_hash(evidence)
                known = by_payload.get(id(payload))
                if known is None:
                    # the dict is kept with its hash, so its id is not reused while this runs
                    known = by_payload[id(payload)] = (payload, _payload_hash(payload, payload_hashes))
                if old[0] == evidence_h and old[1] == known[1]:
                    continue
            seen.add(key)
            changed.append(item_row(kind, (source_id, target_id, evidence, payload)))
        gone = [(source, code, target) for source, target in stored.keys() - seen]
        if code in self._packed:
            for source, _, target in gone:
                self._drop_packed(source, code, target)
            self._flush_packed()
        else:
            db.executemany("DELETE FROM edges WHERE source = ? AND kind = ? AND target = ?", gone)
            self._count(code, -len(gone))
        written = self.upsert_edge_rows(changed)
        if (gone or written) and kind in _INFLUENCE_KINDS:
            self._influence_stale = True
        return written, len(gone)

    def _packed_hashed(
        self, code: int, ends: Sequence[int] | None
    ) -> list[tuple[int, int, int | None, int | None, int | None, int | None]]:
        """Return the stored packed edges of ``code`` (touching ``ends``) as :meth:`_sync_kind` reads edge rows."""
        if ends is None:
            edges = self._packed_edges(None, [code], out=True)
        else:
            edges = list(dict.fromkeys(self._packed_edges(ends, [code], out=None)))
        said, payloads = self._edge_texts(edges, "h")
        return [
            (s, t, e, y, None if e is None else said.get(e), None if y is None else payloads.get(y))
            for s, _, t, e, y in edges
        ]

    def delete_edges(self, kinds: Iterable[EdgeKind]) -> int:
        """Delete every edge of the given kinds; return how many were deleted."""
        db = self._write()
        deleted = 0
        for kind in {EdgeKind(k).value for k in kinds}:
            code = self._kinds.get(kind)
            if code is None:
                continue
            if code in self._packed:
                if self._edge_counts is None:
                    self._edge_counts = self._count_edges()
                deleted += self._edge_counts.pop(kind, 0)
                db.execute(f"DELETE FROM partners WHERE k % {_PARTNER_KINDS} = ?", (code,))
                continue
            removed = db.execute("DELETE FROM edges WHERE kind = ?", (code,)).rowcount
            self._count(code, -removed)
            deleted += removed
            if kind in _INFLUENCE_KINDS:
                self._influence_stale = True
        return deleted

    def delete_entities(self) -> int:
        """Delete every Method, Dataset and MethodFamily node (before re-inference)."""
        db = self._write()
        kinds = list(ENTITY_KINDS)
        marks = _marks(len(kinds))
        if self._packed:
            entity_numbers = [
                n for (n,) in db.execute(f"SELECT n FROM nodes WHERE kind IN ({marks}) AND {_NOT_PAPER}", kinds)
            ]
            self._drop_packed_touching(entity_numbers)
        for end in ("source", "target"):
            self._delete_counted(
                f"DELETE FROM edges WHERE {end} IN (SELECT n FROM nodes WHERE kind IN ({marks}) AND {_NOT_PAPER})",
                kinds,
            )
        db.execute("DELETE FROM entity_names")
        return db.execute(f"DELETE FROM nodes WHERE kind IN ({marks}) AND {_NOT_PAPER}", kinds).rowcount

    def clear(self) -> None:
        """Delete every node and edge (metadata stays): the tables are dropped and made afresh."""
        db = self._write()
        meta = db.execute("SELECT value FROM meta WHERE key = 'meta'").fetchone()
        for statement in (
            "DROP TABLE IF EXISTS search",
            "DROP VIEW IF EXISTS paper_text",
            "DROP TABLE IF EXISTS edges",
            "DROP TABLE IF EXISTS partners",
            "DROP TABLE IF EXISTS title_words",
            "DROP TABLE IF EXISTS title_odd",
            "DROP TABLE IF EXISTS title_odd_keys",
            "DROP TABLE IF EXISTS entity_names",
            "DROP TABLE IF EXISTS text_keys",
            "DROP TABLE IF EXISTS external_ids",
            "DROP TABLE IF EXISTS sentences",
            "DROP TABLE IF EXISTS payloads",
            "DROP TABLE IF EXISTS edge_kinds",
            "DROP TABLE IF EXISTS nodes",
            "DROP TABLE IF EXISTS meta",
        ):
            db.execute(statement)
        _create_schema(db)
        if meta is not None:
            db.execute("INSERT INTO meta(key, value) VALUES ('meta', ?)", meta)
        self._load_kinds()
        self._influence_stale = True
        self._compact = True

    def set_meta(self, meta: dict[str, Any]) -> None:
        """Replace store-level metadata."""
        self._write().execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('meta', ?)", (_encode(meta),))

    def _store_influence(self) -> None:
        """Compute every paper's PageRank over BUILDS_ON and CITES and store it with the paper."""
        from paperkg.graph.rank import pagerank_scores

        db = self._db
        numbers: dict[int, str] = {}
        before: dict[int, float | None] = {}
        for n, node_id, influence in db.execute("SELECT n, id, influence FROM nodes WHERE kind = 'paper'"):
            numbers[n] = node_id
            before[n] = influence
        codes = [self._kinds[k] for k in _INFLUENCE_KINDS if k in self._kinds]
        pairs: list[tuple[str, str]] = []
        if codes:
            cursor = db.execute(
                f"SELECT source, target FROM edges WHERE kind IN ({_marks(len(codes))})", codes
            )
            pairs = [(numbers[s], numbers[t]) for s, t in cursor if s in numbers and t in numbers]
        scores = pagerank_scores(numbers.values(), pairs)
        # only the scores that moved are written: an add that changes no edge rewrites a few rows
        db.execute("UPDATE nodes SET influence = NULL WHERE influence IS NOT NULL AND kind != 'paper'")
        db.executemany(
            "UPDATE nodes SET influence = ? WHERE n = ?",
            ((scores[node], n) for n, node in numbers.items() if before[n] != scores[node]),
        )
        self._influence_stale = False

    # -- reading: the GraphStore protocol ------------------------------------------

    def _rows(self, statement: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(statement, params).fetchall()
        except sqlite3.DatabaseError as e:
            raise _damaged(self.db_file, e) from e

    def get_paper(self, paper_id: str) -> Paper | None:
        """Return the paper with this id, or None."""
        rows = self._rows("SELECT data FROM nodes WHERE id = ? AND +kind = 'paper'", (paper_id,))
        if not rows:
            return None
        return Paper.model_validate({**stored_attrs("paper", rows[0][0], paper_id), "id": paper_id})

    def papers(self) -> Iterator[Paper]:
        """Iterate over every paper, in the order they were first written."""
        for node_id, data in self._iter("SELECT id, data FROM nodes WHERE kind = 'paper' ORDER BY n"):
            yield Paper.model_validate({**stored_attrs("paper", data, node_id), "id": node_id})

    def paper_texts(self, ids: Iterable[str]) -> Iterator[tuple[str, str | None, str | None]]:
        """Yield ``(id, title, abstract)`` of each stored paper among ``ids``, in the order given."""
        it = iter(ids)
        while chunk := list(itertools.islice(it, _CHUNK)):
            found = {
                node_id: stored_attrs("paper", data)
                for node_id, data in self._rows(
                    f"SELECT id, data FROM nodes WHERE +kind = 'paper' AND id IN ({_marks(len(chunk))})", chunk
                )
            }
            for node_id in chunk:
                attrs = found.get(node_id)
                if attrs is not None:
                    yield node_id, attrs.get("title"), attrs.get("abstract")

    def paper_text_keys(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64]] | None:
        """Return every paper's node number, in the order of the papers' ids, and the first 48 bits of the key
        its embedded text is cached under.

        What a semantic search reads in place of the papers: the packed keys, and the numbers in the
        order of the ids' index (no row of ``nodes`` is read, nor an id: :meth:`ids_numbered` names the
        papers a search keeps). None for a store that keeps no keys (written by an earlier paperkg and
        opened read-only since) or not one per paper.
        """
        import numpy as np

        db = self._db
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'text_keys'").fetchone() is None:
            return None
        try:
            chunks = db.execute("SELECT chunk, keys FROM text_keys ORDER BY chunk").fetchall()
            # in the order of the index of ids, which holds each node's number: 0.27 s at a million papers
            # where the ids too took 0.44 s, and as much again to keep the papers'
            numbers = np.fromiter((n for (n,) in db.execute("SELECT n FROM nodes ORDER BY id")), dtype=np.int64)
        except sqlite3.DatabaseError as e:
            raise _damaged(self.db_file, e) from e
        width = _KEY_SLOTS * _TEXT_KEY_BYTES
        packed = np.zeros(((chunks[-1][0] + 1) if chunks else 0) * width, dtype=np.uint8)
        for chunk, keys in chunks:
            packed[chunk * width : chunk * width + len(keys)] = np.frombuffer(keys, dtype=np.uint8)
        # each 6-byte big-endian key as an integer: read as 8 bytes, two zero bytes in front
        wide = np.zeros((len(packed) // _TEXT_KEY_BYTES, 8), dtype=np.uint8)
        wide[:, 8 - _TEXT_KEY_BYTES :] = packed.reshape(-1, _TEXT_KEY_BYTES)
        slots = wide.view(">u8").ravel().astype(np.uint64)
        if len(numbers) and int(numbers.max()) >= len(slots):  # nodes past the last row hold no key
            slots = np.concatenate([slots, np.zeros(int(numbers.max()) + 1 - len(slots), dtype=np.uint64)])
        keys = slots[numbers]
        held = keys != 0
        if int(held.sum()) != self.paper_facts()[0]:
            return None
        return numbers[held], keys[held]

    def ids_numbered(self, numbers: Iterable[int]) -> dict[int, str]:
        """Return ``{number: id}`` of the nodes numbered ``numbers`` (those there are), read by number."""
        return self._column_of("SELECT n, id FROM nodes WHERE n IN ({})", numbers)

    def node_number(self, node_id: str) -> int | None:
        """Return the number of the node ``node_id``, None when there is none."""
        return self._numbers([node_id]).get(node_id)

    def paper_rows(self) -> Iterator[dict[str, Any]]:
        """Iterate over every paper's stored attributes (empty fields left out), without validation."""
        for node_id, data in self._iter("SELECT id, data FROM nodes WHERE kind = 'paper' ORDER BY n"):
            yield {**stored_attrs("paper", data, node_id), "id": node_id, "kind": "paper"}

    def _iter(self, statement: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        # A separate cursor: the caller may write through the store while iterating.
        try:
            cursor = self._db.execute(statement, params)
            while True:
                rows = cursor.fetchmany(2000)
                if not rows:
                    return
                yield from rows
        except sqlite3.DatabaseError as e:
            raise _damaged(self.db_file, e) from e

    def entities(self, kind: str | None = None) -> Iterator[Entity]:
        """Iterate over entity nodes, optionally of one kind."""
        kinds = [kind] if kind is not None else list(ENTITY_KINDS)
        kinds = [k for k in kinds if k in ENTITY_KINDS]
        if not kinds:
            return
        statement = f"SELECT id, kind, data FROM nodes WHERE kind IN ({_marks(len(kinds))}) AND {_NOT_PAPER} ORDER BY n"
        for node_id, node_kind, data in self._iter(statement, kinds):
            yield _entity(node_id, node_kind, data)

    def _edge_select(self) -> str:
        return (
            "SELECT s.id, t.id, e.kind, x.text, y.text, e.source, e.target FROM edges e "
            "JOIN nodes s ON s.n = e.source JOIN nodes t ON t.n = e.target "
            "LEFT JOIN sentences x ON x.s = e.evidence LEFT JOIN payloads y ON y.s = e.data"
        )

    def _edge_dict(self, row: Sequence[Any]) -> dict[str, Any]:
        evidence, data = row[3], row[4]
        return edge_attrs(
            row[0],
            row[1],
            self._kind_names[row[2]],
            None if evidence is None else _unpacked(evidence),
            None if data is None else _unpacked(data),
        )

    def _edge_stream(self, codes: Sequence[int] | None) -> Iterator[Any]:
        """Yield the edge select rows of ``codes`` (all kinds when None), by source, kind and target."""
        statement = self._edge_select()
        params: list[int] = []
        packed = sorted(self._packed)
        if codes is not None:
            packed = [c for c in codes if c in self._packed]
            params = [c for c in codes if c not in self._packed]
            statement += f" WHERE e.kind IN ({_marks(len(params))})"
        rows: Iterator[Any] = iter(())
        if codes is None or params:
            rows = self._iter(statement + " ORDER BY e.source, e.kind, e.target", params)
        if not packed:
            yield from rows
            return
        yield from heapq.merge(rows, self._packed_stream(packed), key=lambda r: (r[5], r[2], r[6]))

    def edge_rows(self, kinds: Iterable[EdgeKind | str] | None = None) -> Iterator[dict[str, Any]]:
        """Iterate over edges as attribute dicts (``Edge.model_dump(mode="json")``), without validation."""
        codes = self._kind_codes(kinds)
        if codes is not None and not codes:
            return
        for row in self._edge_stream(codes):
            yield self._edge_dict(row)

    def edges(self, kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over edges, optionally of some kinds."""
        for attrs in self.edge_rows(kinds):
            yield Edge.model_validate(attrs)

    def counts(self) -> dict[str, dict[str, int]]:
        """Return ``{"nodes": {kind: n}, "edges": {kind: n}}``, as kept in meta at each save."""
        kept = self._kept_counts()
        if isinstance(kept.get("nodes"), dict) and isinstance(kept.get("edges"), dict):
            nodes, edges = kept["nodes"], kept["edges"]
        else:
            nodes = self._node_counts()
            edges = dict(self._edge_counts) if self._edge_counts is not None else self._count_edges()
        edges = {k: c for k, c in edges.items() if c}
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}

    def _kept_counts(self) -> dict[str, Any]:
        """Return what the last save kept in meta's ``counts`` (empty inside a write, which may have changed it)."""
        if self._in_transaction:
            return {}
        rows = self._rows("SELECT value FROM meta WHERE key = 'counts'")
        kept = json.loads(rows[0][0]) if rows else None
        return kept if isinstance(kept, dict) else {}

    def get_meta(self) -> dict[str, Any]:
        """Return store-level metadata (last build summary, settings)."""
        rows = self._rows("SELECT value FROM meta WHERE key = 'meta'")
        if not rows:
            return {}
        meta = json.loads(rows[0][0])
        if not isinstance(meta, dict):
            raise StoreCorrupt(
                f"{self.db_file}: its metadata is not a map; rebuild with 'paperkg build --force'"
            )
        return meta

    # -- reading by index -------------------------------------------------------------

    def node_attrs(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Return the whole attribute dicts of the nodes among ``ids`` that exist."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(wanted):
            for node_id, kind, data in self._rows(
                f"SELECT id, kind, data FROM nodes WHERE id IN ({_marks(len(chunk))})", chunk
            ):
                found[node_id] = node_attrs(node_id, kind, data)
        return found

    def _numbers(self, ids: Sequence[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(ids):
            found.update(self._rows(f"SELECT id, n FROM nodes WHERE id IN ({_marks(len(chunk))})", chunk))
        return found

    def _kind_codes(self, kinds: Iterable[EdgeKind | str] | None) -> list[int] | None:
        if kinds is None:
            return None
        return [self._kinds[k] for k in {EdgeKind(k).value for k in kinds} if k in self._kinds]

    def _touching(
        self,
        numbers: Sequence[int],
        codes: list[int] | None,
        *,
        out: bool,
        allowed: set[int] | None = None,
        free: Set[int] = frozenset(),
    ) -> list[tuple[str, str, int, str | None, str | None, int, int]]:
        """Edges leaving (``out``) or entering ``numbers``, with the node numbers of both ends.

        With ``allowed``, only the edges of a kind in ``free`` or with both ends in ``allowed``
        (packed ones dropped before their ids and texts are read).
        """
        end = "source" if out else "target"
        rows: list[Any] = []
        if codes is not None and not codes:
            return []
        packed = sorted(self._packed) if codes is None else [c for c in codes if c in self._packed]
        plain = None if codes is None else [c for c in codes if c not in self._packed]
        for chunk in _chunks(numbers):
            found: list[Any] = []
            if plain is None or plain:
                statement = self._edge_select() + f" WHERE e.{end} IN ({_marks(len(chunk))})"
                params: list[int] = list(chunk)
                if plain is not None:
                    statement += f" AND e.kind IN ({_marks(len(plain))})"
                    params += plain
                found = self._rows(statement + " ORDER BY e.source, e.kind, e.target", params)
            if allowed is not None:
                found = [r for r in found if r[2] in free or (r[5] in allowed and r[6] in allowed)]
            if packed:
                edges = self._packed_edges(chunk, packed, out=out)
                if allowed is not None:
                    edges = [e for e in edges if e[1] in free or (e[0] in allowed and e[2] in allowed)]
                found += self._resolved(edges)
                found.sort(key=lambda r: (r[5], r[2], r[6]))
            rows.extend(found)
        return rows

    def edges_from(self, sources: Iterable[str], kinds: Iterable[EdgeKind] | None = None) -> Iterator[Edge]:
        """Iterate over the edges leaving ``sources`` (each source once), optionally of some kinds."""
        wanted = list(dict.fromkeys(sources))
        numbers = self._numbers(wanted)
        codes = self._kind_codes(kinds)
        for source in wanted:
            if source in numbers:
                for row in self._touching([numbers[source]], codes, out=True):
                    yield Edge.model_validate(self._edge_dict(row[:5]))

    def edge_counts(self, node: str) -> dict[str, int]:
        """Count the edges into or out of ``node`` per kind (a loop once)."""
        numbers = self._numbers([node])
        if node not in numbers:
            return {}
        n = numbers[node]
        by_code: dict[int, int] = dict(
            self._rows(
                "SELECT kind, count(*) FROM (SELECT kind FROM edges WHERE source = ? "
                "UNION ALL SELECT kind FROM edges WHERE target = ? AND source != ?) GROUP BY kind",
                (n, n, n),
            )
        )
        for _, code, entries in self._partner_lists([n], sorted(self._packed)):
            count = sum(1 for partner, way, _, _ in entries if way == 0 or partner != n)
            if count:
                by_code[code] = count
        return {self._kind_names[code]: by_code[code] for code in sorted(by_code)}

    def neighbourhood(
        self,
        seeds: Iterable[str],
        kinds: Iterable[EdgeKind | str] | None = None,
        *,
        direction: str = "both",
        depth: int = 1,
        among: Iterable[str] | None = None,
        anywhere: Iterable[EdgeKind | str] = (),
    ) -> nx.MultiDiGraph:
        """Return the part of the graph a walk from ``seeds`` sees, as a NetworkX graph.

        Breadth-first to ``depth`` levels: every edge of ``kinds`` (all kinds when
        None) leaving (``out``), entering (``in``) or touching (``both``) a node of
        the current level is in the graph, with both its ends and their attributes,
        and the nodes it reaches first make the next level. The seeds that exist
        are nodes of the graph even without edges. With ``among``, an edge of a kind
        not in ``anywhere`` is in the graph only when its ends are both seeds or
        nodes of ``among`` (the others are neither decoded nor their nodes read).
        """
        codes = self._kind_codes(kinds)
        graph = nx.MultiDiGraph()
        start = [s for s in dict.fromkeys(seeds)]
        numbers = self._numbers(start)
        seen = set(numbers.values())
        allowed = None if among is None else seen | set(self._numbers(list(dict.fromkeys(among))).values())
        free = set(self._kind_codes(anywhere) or ())
        frontier = sorted(seen)
        ids: dict[int, str] = {n: i for i, n in numbers.items()}
        rows: list[Any] = []
        for _ in range(depth):
            level: list[Any] = []
            if direction in ("out", "both"):
                level += self._touching(frontier, codes, out=True, allowed=allowed, free=free)
            if direction in ("in", "both"):
                level += self._touching(frontier, codes, out=False, allowed=allowed, free=free)
            rows += level
            reached: set[int] = set()
            for row in level:
                ids[row[5]], ids[row[6]] = row[0], row[1]
                for end in (row[5], row[6]):
                    if end not in seen:
                        reached.add(end)
            seen |= reached
            frontier = sorted(reached)
            if not frontier:
                break
        attrs = self.node_attrs(ids.values())
        for node_id in ids.values():
            graph.add_node(node_id, **attrs[node_id])
        for row in rows:
            kind = self._kind_names[row[2]]
            if not graph.has_edge(row[0], row[1], kind):
                graph.add_edge(row[0], row[1], key=kind, **self._edge_dict(row[:5]))
        return graph

    def adjacent(
        self, frontier: Sequence[str], kinds: Iterable[EdgeKind | str], *, forward: bool, backward: bool
    ) -> list[tuple[str, str]]:
        """Return ``(near, far)`` for every node ``far`` joined to a frontier node by an edge of ``kinds``.

        ``forward`` follows edges out of the frontier, ``backward`` into it; a node
        is never its own neighbour and each pair comes once.
        """
        codes = self._kind_codes(kinds) or []
        if not codes or not frontier:
            return []
        numbers = self._numbers(list(frontier))
        pairs: set[tuple[str, str]] = set()
        packed = [c for c in codes if c in self._packed]
        codes = [c for c in codes if c not in self._packed]
        if packed:
            # one read of the frontier's partner rows: an entry of way 0 is an edge out of its node
            ways = {way for way, wanted in ((0, forward), (1, backward)) if wanted}
            ends = [
                (node, partner)
                for node, _, entries in self._partner_lists(list(numbers.values()), packed)
                for partner, way, _, _ in entries
                if way in ways
            ]
            ids = self._column_of("SELECT n, id FROM nodes WHERE n IN ({})", (n for pair in ends for n in pair))
            pairs.update((ids[near], ids[far]) for near, far in ends if near in ids and far in ids)
        kind_marks = _marks(len(codes))
        for chunk in _chunks(list(numbers.values()) if codes else []):
            marks = _marks(len(chunk))
            if forward:
                pairs.update(
                    self._rows(
                        "SELECT s.id, t.id FROM edges e JOIN nodes s ON s.n = e.source "
                        f"JOIN nodes t ON t.n = e.target WHERE e.source IN ({marks}) AND e.kind IN ({kind_marks})",
                        [*chunk, *codes],
                    )
                )
            if backward:
                pairs.update(
                    (t, s)
                    for s, t in self._rows(
                        "SELECT s.id, t.id FROM edges e JOIN nodes s ON s.n = e.source "
                        f"JOIN nodes t ON t.n = e.target WHERE e.target IN ({marks}) AND e.kind IN ({kind_marks})",
                        [*chunk, *codes],
                    )
                )
        return sorted((near, far) for near, far in pairs if near != far)

    def projection(self, kinds: Iterable[EdgeKind | str]) -> nx.MultiDiGraph:
        """Return every paper (attributes as stored, empty fields left out) and the edges of ``kinds``."""
        graph = nx.MultiDiGraph()
        for attrs in self.paper_rows():
            graph.add_node(attrs["id"], **attrs)
        codes = self._kind_codes(kinds) or []
        if codes:
            for row in self._edge_stream(codes):
                for end in (row[0], row[1]):
                    if end not in graph:
                        graph.add_node(end, **self.node_attrs([end])[end])
                graph.add_edge(row[0], row[1], key=self._kind_names[row[2]], **self._edge_dict(row))
        return graph

    def nodes_of_kind(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        """Return ``(id, attributes)`` of every node of one kind (families, a few hundred)."""
        return [
            (node_id, node_attrs(node_id, kind, data))
            for node_id, data in self._rows(f"SELECT id, data FROM nodes WHERE {_of_kind(kind)} ORDER BY n", (kind,))
        ]

    def node_ids_of_kind(self, kind: str) -> list[str]:
        """Return the id of every node of one kind, in the order they were written, without decoding them."""
        return [node_id for (node_id,) in self._rows(f"SELECT id FROM nodes WHERE {_of_kind(kind)} ORDER BY n", (kind,))]

    def papers_named(self, key: str) -> list[dict[str, Any]]:
        """Return the papers whose folded title or label is ``key``."""
        if self._version < 7:
            return self._papers_where(
                "(substr(title_key, 1, 16) = ? AND title_key = ?) OR label_key = ?", (key[:16], key, key)
            )
        return self._titled(
            self._rows(
                "SELECT id, data, label_key FROM nodes WHERE +kind = 'paper' AND (title_hash = ? OR label_key = ?) "
                "ORDER BY n",
                (_title_hash(key), key),
            ),
            {key},
        )

    @staticmethod
    def _titled(rows: Iterable[Sequence[Any]], keys: set[str]) -> list[dict[str, Any]]:
        """Return the attributes of the papers among ``(id, data, *other keys)`` rows whose folded title or other
        key is one of ``keys`` (a row found by its title's hash alone may be another title's)."""
        found = []
        for node_id, data, *others in rows:
            attrs = node_attrs(node_id, "paper", data)
            title = attrs.get("title")
            if keys.intersection(others) or (title and normalise_title(title) in keys):
                found.append(attrs)
        return found

    def papers_led_by(self, key: str) -> list[dict[str, Any]]:
        """Return the papers whose title or label, before its colon and folded, is ``key``."""
        if self._version < 7:
            return self._papers_where("lead_key = ? OR label_lead_key = ?", (key, key))
        return self._papers_where(
            "(substr(lead_key, 1, 8) = substr(?1, 1, 8) AND lead_key = ?1) OR label_lead_key = ?1", (key,)
        )

    def _papers_where(self, condition: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        return [
            node_attrs(node_id, "paper", data)
            for node_id, data in self._rows(
                f"SELECT id, data FROM nodes WHERE +kind = 'paper' AND ({condition}) ORDER BY n", params
            )
        ]

    def papers_containing(self, key: str, limit: int | None = None) -> list[dict[str, Any]]:
        """Return the papers whose folded title or label contains ``key`` (the first ``limit``, in stored order).

        From format 7 on the titles are read from the start of each paper's row (:func:`_title_holds`):
        only those of the candidates the search index gives (:meth:`_title_candidates`), where it
        narrows them, else every paper's.
        """
        title = "instr(title_key, ?1) > 0"
        if self._version >= 7:
            title = "title_hash IS NOT NULL AND paperkg_title_holds(data, ?1)"
        candidates = self._title_candidates(key) if self._version >= 7 else None
        within = "" if candidates is None else " AND n IN (SELECT value FROM json_each(?2))"
        # the scan in the order of n stops at the limit: a key most titles hold reads a few rows
        return [
            node_attrs(node_id, "paper", data)
            for node_id, data in self._rows(
                f"SELECT id, data FROM nodes WHERE kind = 'paper' AND (instr(label_key, ?1) > 0 OR {title}){within}"
                " ORDER BY n LIMIT ?3",
                (key, "[]" if candidates is None else json.dumps(sorted(candidates)), -1 if limit is None else limit),
            )
        ]

    def _title_candidates(self, key: str) -> set[int] | None:
        """Return the numbers of every paper whose folded title or label may hold ``key``, read by index;
        None where the index narrows too little and each title is read instead.

        A title holding ``key`` (folded words ``w1 ... wn``) holds a word ending in ``w1``, the
        words ``w2`` to ``w(n-1)`` and a word starting with ``wn`` (one word holding ``w1`` when
        ``n`` is 1). ``title_words`` gives the words of the corpus that are so (each a prefix
        range, or a scan of the words alone), and the search index the papers holding one of each
        in their title or label: the same word there, stemmed alike. A position whose words
        include a function word (left out of the search index) or more than
        :data:`_CANDIDATE_WORDS` of them is not asked. Papers whose words may not be the
        index's (``title_odd``) are candidates where their folded title or label (``title_odd_keys``)
        holds ``key`` (all of them in a store written before that table).
        """
        words = key.split()
        if not words:
            return None
        db = self._db
        try:
            odd = self._odd_candidates(key)
            if odd is None:
                odd = {n for (n,) in db.execute("SELECT n FROM title_odd LIMIT ?", (_CANDIDATES + 1,))}
            if len(odd) > _CANDIDATES:
                return None

            def containing(word: str) -> list[str]:
                return [w for (w,) in db.execute("SELECT word FROM title_words WHERE instr(word, ?) > 0", (word,))]

            if len(words) == 1:
                positions = [containing(words[0])]
            else:
                middle = [
                    [w for (w,) in db.execute("SELECT word FROM title_words WHERE word = ?", (word,))]
                    for word in words[1:-1]
                ]
                last = [
                    w
                    for (w,) in db.execute(
                        "SELECT word FROM title_words WHERE word >= ?1 AND word < ?1 || char(1114111)", (words[-1],)
                    )
                ]
                positions = [[w for w in containing(words[0]) if w.endswith(words[0])], *middle, last]
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):  # a store written before the tables were: every title is read
                return None
            raise
        if any(not found for found in positions):
            return odd  # a word no title or label of the index's words holds
        asked = [
            found for found in positions if len(found) <= _CANDIDATE_WORDS and not any(w in STOPWORDS for w in found)
        ]
        if not asked:
            return None
        query = " AND ".join("{title label} : (" + " OR ".join(f'"{w}"' for w in found) + ")" for found in asked)
        found = {n for (n,) in db.execute("SELECT rowid FROM search WHERE search MATCH ? LIMIT ?", (query, _CANDIDATES + 1))}
        if len(found) > _CANDIDATES:
            return None
        return found | odd

    def _odd_candidates(self, key: str) -> set[int] | None:
        """Return the papers of ``title_odd`` whose folded title or label holds ``key`` (a scan of those papers'
        keys alone: a few in most corpora); None for a store without ``title_odd_keys``."""
        try:
            return {n for (n,) in self._db.execute("SELECT n FROM title_odd_keys WHERE instr(key, ?) > 0", (key,))}
        except sqlite3.OperationalError as e:
            if "no such table" in str(e):
                return None
            raise

    def papers_near(self, text: str, limit: int = 500) -> list[dict[str, Any]]:
        """Return papers whose names may be ``text`` misspelled, read by index: the candidates to suggest.

        Three bounded reads, whatever the corpus: papers whose folded title, label or lead
        (the name before a title's colon) is one edit (a letter left out, added, changed or
        two swapped) from a short ``text``; those whose label or lead starts as ``text``
        does (three characters); and the best BM25 hits of any of its words, each by its
        first four characters, in titles and labels.
        """
        key = normalise_title(text)
        found: dict[str, dict[str, Any]] = {}

        def keep(rows: Iterable[tuple[str, Any]]) -> None:
            for node_id, data in rows:
                found.setdefault(node_id, node_attrs(node_id, "paper", data))

        if 0 < len(key) <= _NEAR_EDIT_MAX and self._version >= 7:
            spellings = _one_edit(key)
            named = self._titled(
                self._rows(
                    "SELECT id, data, label_key, lead_key, label_lead_key FROM nodes WHERE +kind = 'paper' AND ("
                    "label_key IN (SELECT value FROM json_each(?1)) OR (substr(lead_key, 1, 8) IN "
                    "(SELECT substr(value, 1, 8) FROM json_each(?1)) AND lead_key IN (SELECT value FROM json_each(?1)))"
                    " OR label_lead_key IN (SELECT value FROM json_each(?1))"
                    " OR title_hash IN (SELECT value FROM json_each(?2)))",
                    (json.dumps(sorted(spellings)), json.dumps(sorted({_title_hash(s) for s in spellings}))),
                ),
                spellings,
            )
            for attrs in named[:limit]:  # the rows of other titles sharing a hash are left out before the limit
                found.setdefault(attrs["id"], attrs)
        elif 0 < len(key) <= _NEAR_EDIT_MAX:
            near = json.dumps(sorted(_one_edit(key)))
            keep(
                self._rows(
                    "SELECT id, data FROM nodes WHERE +kind = 'paper' AND ("
                    "label_key IN (SELECT value FROM json_each(?1)) OR lead_key IN (SELECT value FROM json_each(?1))"
                    " OR label_lead_key IN (SELECT value FROM json_each(?1)) OR (substr(title_key, 1, 16) IN "
                    "(SELECT substr(value, 1, 16) FROM json_each(?1)) AND title_key IN (SELECT value FROM json_each(?1))))"
                    " LIMIT ?2",
                    (near, limit),
                )
            )
        if len(key) >= 3:
            low, high = key[:3], key[:3] + "\U0010ffff"
            for column in ("label_key", "lead_key", "label_lead_key"):
                condition = f"{column} >= ?1 AND {column} < ?2"
                if column == "lead_key" and self._version >= 7:
                    # in the order of the index of the leads' first 8 characters, so that the limit stops the read
                    # (in the whole leads' order, the 51,578 leads starting "bey" of a million papers were sorted):
                    # first those starting as the text's first 8 characters do, then its first 3
                    condition = f"substr(lead_key, 1, 8) >= ?1 AND substr(lead_key, 1, 8) < ?2 AND {condition}"
                    order = " ORDER BY substr(lead_key, 1, 8), n"
                    if len(key) > 3:
                        start = (key[:8], key[:8] + "\U0010ffff", limit)
                        keep(self._rows(f"SELECT id, data FROM nodes WHERE {condition}{order} LIMIT ?3", start))
                    condition += order
                keep(self._rows(f"SELECT id, data FROM nodes WHERE {condition} LIMIT ?3", (low, high, limit)))
        words = sorted({w for w in search_words(key).split() if len(w) >= 3})
        if words:
            got = 0
            for match in self._near_word_matches(words):
                rows = self._rows(_NEAR_WORDS_SQL, (match, limit))
                keep(rows)
                got += len(rows)
                if got >= limit:
                    break
            if not got:
                # no paper holds its words: those holding the start of any, best first (every such paper ranked)
                match = "{title label} : (" + " OR ".join(f'"{w}" *' for w in sorted({w[:4] for w in words})) + ")"
                keep(self._rows(_NEAR_WORDS_SQL, (match, limit)))
        return list(found.values())

    def _near_word_matches(self, words: list[str]) -> Iterator[str]:
        """Yield the search queries of :meth:`papers_near` for a misspelt title's ``words``: papers holding every
        word some title or label holds (a word misspelt is in none), then, where those words are more than two,
        every such word but one (one misspelt into another real word, or one word too many).

        Each query is an intersection of whole words, bounded by its words' papers: ranking every paper that
        holds any word's first four characters (what this did before) scored a third of a million papers."""
        present = [w for w in words if self._rows("SELECT 1 FROM search WHERE search MATCH ? LIMIT 1", (_in_names(w),))]
        if not present:
            return
        yield _in_names(*present)
        if len(present) > 2:
            for left_out in present:
                yield _in_names(*(w for w in present if w != left_out))

    def papers_with_external_ids(self, keys: Sequence[str]) -> list[dict[str, Any]] | None:
        """Return the attributes of the papers holding any of the external-id ``keys`` (:func:`external_keys`),
        read by index, in the order they were first written; None where no writer of this version has
        opened the store yet (it has no such index)."""
        if not self._external_ids:
            return None
        if not keys:
            return []
        rows = self._rows(
            f"SELECT DISTINCT n.n, n.id, n.data FROM external_ids e JOIN nodes n ON n.n = e.n "
            f"WHERE e.key IN ({_marks(len(keys))}) ORDER BY n.n",
            [k.lower() for k in keys],
        )
        return [{**stored_attrs("paper", data, node_id), "id": node_id, "kind": "paper"} for _, node_id, data in rows]

    def entities_named(self, text: str) -> list[Entity]:
        """Return the methods and datasets a paper introduces whose name or an alias folds as ``text`` does
        (:func:`~paperkg.models.normalise_title`), read by index, in the order they were first written.

        A format 7 store that no writer of this version has opened yet has no index of the names:
        its entities are read, and the same ones returned.
        """
        key = normalise_title(text)
        if not key:
            return []
        if not self._entity_names:
            return [e for e in introduced_names(self.entities()) if key in folded_names(e.name, e.aliases)]
        rows = self._rows(
            "SELECT n.id, n.kind, n.data FROM entity_names e JOIN nodes n ON n.n = e.n WHERE e.key = ? ORDER BY n.n",
            (key,),
        )
        return [_entity(node_id, kind, data) for node_id, kind, data in rows]

    def entity_names_near(self, text: str, limit: int = 500) -> list[str]:
        """Return the names of introduced methods and datasets that ``text`` may be misspelling, read by index:
        those whose folded name or an alias is one edit from a short ``text`` (as :meth:`papers_near`),
        and up to ``limit`` that start with its first three characters."""
        key = normalise_title(text)
        if not self._entity_names:
            return [e.name for e in introduced_names(self.entities())]
        numbers: dict[int, None] = {}
        if 0 < len(key) <= _NEAR_EDIT_MAX:
            near = json.dumps(sorted(_one_edit(key)))
            statement = "SELECT n FROM entity_names WHERE key IN (SELECT value FROM json_each(?)) LIMIT ?"
            numbers.update((n, None) for (n,) in self._rows(statement, (near, limit)))
        if len(key) >= 3:
            statement = "SELECT n FROM entity_names WHERE key >= ? AND key < ? LIMIT ?"
            numbers.update((n, None) for (n,) in self._rows(statement, (key[:3], key[:3] + "\U0010ffff", limit)))
        names: list[str] = []
        for chunk in _chunks(list(numbers)):
            rows = self._rows(f"SELECT kind, data FROM nodes WHERE n IN ({_marks(len(chunk))})", chunk)
            names.extend(stored_attrs(kind, data)["name"] for kind, data in rows)
        return names

    def paper_facts(self) -> tuple[int, int, int, int]:
        """Return how many papers there are, and how many have no year, an arXiv id, a title.

        As kept in meta at the last save; counted from the papers' rows inside a write or
        where no save kept them (a store written before they were kept).
        """
        kept = self._kept_counts().get("papers")
        if isinstance(kept, list) and len(kept) == 4 and all(type(x) is int for x in kept):
            papers, year_unknown, with_arxiv, with_title = kept
            return papers, year_unknown, with_arxiv, with_title
        return self._count_paper_facts()

    def _count_paper_facts(self) -> tuple[int, int, int, int]:
        """:meth:`paper_facts` counted from the papers' rows."""
        row = self._rows(
            "SELECT count(*), sum(year IS NULL), sum(arxiv_id IS NOT NULL), "
            f"sum({'title_key' if self._version < 7 else 'title_hash'} IS NOT NULL) FROM nodes WHERE kind = 'paper'"
        )[0]
        return tuple(int(x or 0) for x in row)  # type: ignore[return-value]

    def influence(self, top: int) -> list[tuple[str, float, dict[str, Any]]]:
        """Return the ``top`` papers by stored PageRank (BUILDS_ON and CITES): id, score, attributes."""
        return [
            (node_id, score, node_attrs(node_id, "paper", data))
            for node_id, score, data in self._rows(
                "SELECT id, influence, data FROM nodes WHERE influence >= 0 "
                "ORDER BY influence DESC, id LIMIT ?",
                (top,),
            )
        ]

    def influence_scores(self) -> dict[str, float]:
        """Return every paper's stored PageRank over BUILDS_ON and CITES."""
        return dict(self._rows("SELECT id, influence FROM nodes WHERE influence >= 0"))

    def search_text(
        self, words: Sequence[str], limit: int
    ) -> list[tuple[str, dict[str, Any], float, list[str], str]]:
        """Full-text search: papers holding every word (by stem) but function words, best first.

        The score is the BM25 of the words with the title weighing 3, the label 2
        and the abstract 1, plus the same weights again for each of those fields
        holding the whole text as a phrase (as the in-memory search ranks), function
        words (:data:`STOPWORDS`) left out of both. Returns ``(id, attributes, score,
        matched fields, snippet)``, ties by id; the snippet marks matched words with
        ``[`` and ``]``.

        Raises
        ------
        QueryError
            When every word is a function word.
        """
        from paperkg.exceptions import QueryError

        kept = [w.replace('"', "") for w in words if w.replace('"', "")]
        terms = [w for w in kept if search_words(w).strip()]
        if not terms:
            if kept:
                raise QueryError(
                    f"{' '.join(kept)!r} has only function words, which the search index leaves out; "
                    "add a word that names what you look for"
                )
            return []
        query = " ".join(f'"{w}"' for w in terms)
        phrase = '"' + " ".join(terms) + '"'
        try:
            # Every match is scored, once (materialised); only those scoring at least the limit-th best
            # (ties and all, for the order by id) are joined to their papers: at 1M papers a common query
            # has 75k matches, and reading each one's paper took half the time.
            rows = self._db.execute(
                f"WITH hits AS MATERIALIZED (SELECT search.rowid AS n, -bm25(search, {self._search_weights()})"
                " + 3.0 * (search.rowid IN (SELECT rowid FROM search WHERE search MATCH ?1))"
                " + 2.0 * (search.rowid IN (SELECT rowid FROM search WHERE search MATCH ?2))"
                " + 1.0 * (search.rowid IN (SELECT rowid FROM search WHERE search MATCH ?3)) AS score "
                "FROM search WHERE search MATCH ?4) "
                "SELECT h.n, n.id, n.data, h.score FROM hits h JOIN nodes n ON n.n = h.n "
                "WHERE h.score >= coalesce((SELECT score FROM hits ORDER BY score DESC LIMIT 1 OFFSET ?6), -1e308) "
                "ORDER BY h.score DESC, n.id LIMIT ?5",
                # a negative limit, as SQLite reads it, is none: no score to reach
                (f"title : {phrase}", f"label : {phrase}", f"abstract : {phrase}", query, limit,
                 limit - 1 if limit > 0 else 1 << 62),
            ).fetchall()
            shown = self._snippets([(n, stored_attrs("paper", data)) for n, _, data, _ in rows], query)
        except sqlite3.DatabaseError as e:
            raise _damaged(self.db_file, e) from e
        hits = []
        for n, node_id, data, score in rows:
            snippet, matched = shown.get(n, ("", []))
            hits.append((node_id, node_attrs(node_id, "paper", data), round(score, 4), matched, snippet))
        return hits

    def _search_weights(self) -> str:
        """BM25's column weights (title 3, label 2, abstract 1) in this store's order of search columns."""
        return "1.0, 3.0, 2.0" if self._version >= 5 else "3.0, 2.0, 1.0"  # abstract first from format 5

    def _snippets(
        self, papers: list[tuple[int, dict[str, Any]]], query: str
    ) -> dict[int, tuple[str, list[str]]]:
        """Return each paper's snippet and matched fields, read from its whole text (the index lacks function words).

        The hits are tokenised again in a temporary FTS5 table of this connection with the
        index's tokenizer, so a snippet shows the text as written, stemming and all.
        """
        db = self._db
        db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.paperkg_hits USING fts5("
            "title, label, abstract, tokenize='porter unicode61 remove_diacritics 2')"
        )
        db.execute("DELETE FROM temp.paperkg_hits")
        db.executemany(
            "INSERT INTO temp.paperkg_hits(rowid, title, label, abstract) VALUES (?, ?, ?, ?)",
            [(n, attrs.get("title"), attrs.get("label"), attrs.get("abstract")) for n, attrs in papers],
        )
        found: dict[int, tuple[str, list[str]]] = {}
        for n, snippet, *fields in db.execute(
            "SELECT rowid, snippet(paperkg_hits, -1, '[', ']', '...', 16), "
            "instr(highlight(paperkg_hits, 0, char(1), ''), char(1)) > 0, "
            "instr(highlight(paperkg_hits, 1, char(1), ''), char(1)) > 0, "
            "instr(highlight(paperkg_hits, 2, char(1), ''), char(1)) > 0 "
            "FROM temp.paperkg_hits WHERE paperkg_hits MATCH ?",
            (query,),
        ):
            found[n] = (
                snippet,
                [name for name, hit in zip(("title", "label", "abstract"), fields, strict=True) if hit],
            )
        db.execute("DELETE FROM temp.paperkg_hits")
        return found

    # -- whole-graph copies -----------------------------------------------------------

    def iter_nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Iterate over every node's whole attribute dict, in the order they were first written."""
        for node_id, kind, data in self._iter("SELECT id, kind, data FROM nodes ORDER BY n"):
            yield node_id, node_attrs(node_id, kind, data)

    def papers_by_year(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Iterate over every paper's whole attribute dict with its year (0 for none), by year: SQLite sorts
        the rows (spilling to disk where they are many), so that a caller holds one year's at a time."""
        for node_id, data, year in self._iter(
            "SELECT id, data, coalesce(year, 0) FROM nodes WHERE kind = 'paper' ORDER BY coalesce(year, 0)"
        ):
            yield year, node_attrs(node_id, "paper", data)

    def iter_edges(self) -> Iterator[dict[str, Any]]:
        """Iterate over every edge's whole attribute dict."""
        return self.edge_rows()

    def replace_all(
        self,
        nodes: Iterable[dict[str, Any]],
        edges: Iterable[dict[str, Any]],
        meta: dict[str, Any],
    ) -> None:
        """Replace the whole graph by these node and edge attribute dicts (one transaction, until save)."""
        self.clear()
        papers: list[dict[str, Any]] = []
        others: list[_NodeRow] = []
        for attrs in nodes:
            kind = attrs.get("kind")
            if kind == "paper":
                papers.append(attrs)
            elif kind in ENTITY_KINDS:
                others.append(_other_row(attrs["id"], str(kind), _pruned(attrs, ("id", "kind"))))
            else:
                rest = {k: v for k, v in attrs.items() if k not in ("id", "kind")}
                others.append(_other_row(attrs["id"], str(kind or "external"), rest))
            if len(papers) + len(others) >= 5000:
                self.upsert_paper_rows(papers)
                self._upsert_nodes(others)
                papers.clear()
                others.clear()
        self.upsert_paper_rows(papers)
        self._upsert_nodes(others)
        self.upsert_edge_rows(edges)
        self.set_meta(meta)


def _create_schema(db: sqlite3.Connection) -> None:
    for statement in _statements(_SCHEMA):
        db.execute(statement)
    db.executemany(
        "INSERT INTO edge_kinds(code, name) VALUES (?, ?)",
        [(i, kind.value) for i, kind in enumerate(EdgeKind, start=1)],
    )
    db.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?)",
        [("format", FORMAT_NAME), ("version", str(FORMAT_VERSION)), ("counts", '{"nodes":{},"edges":{}}')],
    )


def _statements(script: str) -> Iterator[str]:
    """Split a script into whole statements (a trigger's body holds semicolons of its own)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer
            buffer = ""


def _create(db_file: Path) -> None:
    """Create an empty store: the schema written under a temporary name, then renamed into place."""
    tmp = db_file.with_name(f".{DB_FILE}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        db = sqlite3.connect(tmp, isolation_level=None)
        db.create_function("paperkg_field", 2, _field, deterministic=True)
        db.create_function("paperkg_words", 2, _words, deterministic=True)
        try:
            db.execute(f"PRAGMA page_size = {_PAGE_SIZE}")  # before the first table: fixed from then on
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN")
            _create_schema(db)
            db.execute("COMMIT")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_file)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _convert_legacy(path: Path, *, replace_unreadable: bool) -> str:
    """Convert a format version 1 store (``graph.jsonl``) into the database; return the message."""
    from paperkg.graph.stores.networkx import read_jsonl_graph

    legacy = path / LEGACY_FILE
    try:
        graph, meta = read_jsonl_graph(legacy)
    except StoreCorrupt:
        if not replace_unreadable:
            raise
        kept = legacy.with_name(f"{LEGACY_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        os.replace(legacy, kept)
        return f"the damaged version 1 store was moved to {kept}; building a new one"
    db_file = path / DB_FILE
    _create(db_file)
    store = SQLiteStore(path, SQLiteStore._connect(db_file, writable=True), writable=True)
    try:
        store._load_kinds()
        store.replace_all(
            (attrs for _, attrs in graph.nodes(data=True)),
            (attrs for _, _, attrs in graph.edges(data=True)),
            meta,
        )
        store.save()
    except BaseException:
        store.close()
        db_file.unlink(missing_ok=True)
        raise
    store.close()
    os.replace(legacy, path / LEGACY_KEPT)
    return (
        f"converted {legacy} (format 1) to {db_file} ({graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} edges); the old file is kept as {LEGACY_KEPT} and may be deleted"
    )


def _remove_leftovers(path: Path) -> None:
    """Delete temporary files a killed writer left (this store's, and version 1's saves), holding the lock."""
    for pattern in (f".{DB_FILE}.*.tmp", f".{LEGACY_FILE}.*.tmp"):
        for leftover in path.glob(pattern):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)


def _describe_holder(path: Path) -> str:
    try:
        with (path / LOCK_FILE).open("r", encoding="utf-8", errors="replace") as handle:
            text = handle.read(400).strip()
    except OSError:
        return "another paperkg process"
    if not text:
        return "another paperkg process"
    pid, _, command = text.partition(" ")
    return f"another paperkg process (pid {pid}" + (f": {command}" if command else "") + ")"


def _acquire_lock(path: Path, wait: float) -> IO[str]:
    """Take the data directory's write lock, waiting up to ``wait`` seconds, and name ourselves in it."""
    try:
        handle = (path / LOCK_FILE).open("a+", encoding="utf-8")
    except OSError as e:
        raise StoreError(f"cannot write in {path} ({e.strerror}); check its permissions") from e
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                handle.close()
                raise StoreError(f"cannot lock {path / LOCK_FILE} ({e.strerror})") from e
            if time.monotonic() >= deadline:
                holder = _describe_holder(path)
                handle.close()
                raise StoreLocked(
                    f"{path} is being written by {holder}; waited {wait:g} s. Wait for it to finish "
                    "or set PAPERKG_LOCK_WAIT to wait longer"
                ) from e
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
    program = os.path.basename(sys.argv[0]) if sys.argv else "python"
    if program == "__main__.py":  # python -m paperkg
        program = "paperkg"
    command = " ".join([program, *sys.argv[1:]])[:300]
    command = "".join(c if c.isprintable() else "?" for c in command)
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()} {command}\n")
    handle.flush()
    return handle


def _release_lock(handle: IO[str]) -> None:
    try:
        handle.seek(0)
        handle.truncate()
    except OSError:
        pass  # the lock goes with the descriptor either way; a stale name is harmless
    fcntl.flock(handle, fcntl.LOCK_UN)
    handle.close()
