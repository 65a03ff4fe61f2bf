"""Keyword search of the embedded store's two full-text indexes, ranked by BM25 computed here.

Format 4 indexes a paper's title and label in ``search_titles`` (FTS5 with positions:
a tenth of the words) and its abstract in ``search_abstracts`` with ``detail=none``
(which papers hold a word, nothing more: 130 bytes a paper where positions took 540).
FTS5's own ``bm25()`` needs every match's positions, and on a ``detail=none`` table
it reads and tokenizes each matching paper's text again (seconds for a common word),
so the score is computed here, as FTS5 computes it over one table of the three
fields weighed 3, 2 and 1:

    score = sum over words w of idf(w) * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))

with ``f`` the weighed count of ``w`` in the paper's fields, ``D`` its words in all
three, ``avgdl`` their mean over the papers, ``idf(w) = ln((N - n + 0.5) / (n + 0.5))``
(1e-6 when not positive) for ``n`` of the ``N`` papers holding ``w``, ``k1 = 1.2``,
``b = 0.75``; plus 3, 2 and 1 for the whole query found as a phrase in the title,
label and abstract.

Every paper holding every word is scored first with each count taken as 1 where the
word is found (the indexes say in which field of which paper); the best
:data:`RERANKED` (or four times the hits asked for) are then scored exactly, their
words counted in their text, and the best of those returned.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["RERANKED", "TOKENIZE", "rank_papers"]

TOKENIZE = "porter unicode61 remove_diacritics 2"
RERANKED = 200
_K1 = 1.2
_B = 0.75
_WEIGHTS = (3.0, 2.0, 1.0)  # title, label, abstract


def _varints(blob: bytes) -> list[int]:
    """Decode SQLite's big-endian varints (FTS5's doc sizes and totals)."""
    if not any(byte & 0x80 for byte in blob):
        return list(blob)
    values: list[int] = []
    value = count = 0
    for byte in blob:
        count += 1
        if count == 9:
            values.append(value << 8 | byte)
            value = count = 0
        elif byte & 0x80:
            value = value << 7 | (byte & 0x7F)
        else:
            values.append(value << 7 | byte)
            value = count = 0
    return values


def _rowids(db: sqlite3.Connection, table: str, match: str) -> set[int]:
    return {n for (n,) in db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (match,))}


def _totals(db: sqlite3.Connection) -> tuple[int, int]:
    """Return the papers indexed and the words of all their fields.

    Read from FTS5's averages records; inside a write transaction these lag the rows
    written (FTS5 saves them at commit), and the doc sizes are summed instead.
    """
    rows = words = 0
    for table in ("search_titles", "search_abstracts"):
        count = db.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
        found = db.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()
        values = _varints(found[0]) if found is not None and found[0] else []
        if values and values[0] == count and not db.in_transaction:
            words += sum(values[1:])
        else:
            words += sum(sum(_varints(blob)) for (blob,) in db.execute(f"SELECT sz FROM {table}_docsize"))
        rows = max(rows, count)
    return rows, words


def _sizes(db: sqlite3.Connection, papers: Sequence[int]) -> dict[int, int]:
    """Return each paper's words in all three fields (FTS5's doc sizes)."""
    sizes = dict.fromkeys(papers, 0)
    wanted = json.dumps(list(papers))
    for table in ("search_titles", "search_abstracts"):
        for n, blob in db.execute(
            f"SELECT id, sz FROM {table}_docsize WHERE id IN (SELECT value FROM json_each(?))", (wanted,)
        ):
            sizes[n] += sum(_varints(blob))
    return sizes


def _idf(rows: int, holding: int) -> float:
    idf = math.log((0.5 + rows - holding) / (0.5 + holding))
    return idf if idf > 0 else 1e-6


def _bm25(weighed: Sequence[float], idf: Sequence[float], size: int, mean: float) -> float:
    norm = _K1 * (1 - _B + _B * size / mean)
    return sum(i * f * (_K1 + 1) / (f + norm) for i, f in zip(idf, weighed, strict=True) if f)


def rank_papers(
    db: sqlite3.Connection,
    terms: Sequence[str],
    limit: int,
    texts: Callable[[Sequence[int]], dict[int, tuple[Any, Any, Any]]],
) -> list[tuple[int, float]]:
    """Return ``(paper number, score)`` of the best papers holding every term, best first.

    At least the best ``limit`` (all those scored exactly): the caller breaks ties and cuts.

    ``terms`` are words without quotes, each one token of the index's tokenizer;
    ``texts`` gives papers' ``(title, label, abstract)`` as the indexes hold them.
    Ties go to the lower paper number; the caller orders ties by id.
    """
    present: list[tuple[set[int], set[int], set[int]]] = []
    for term in terms:
        quoted = f'"{term}"'
        present.append(
            (
                _rowids(db, "search_titles", f"title : {quoted}"),
                _rowids(db, "search_titles", f"label : {quoted}"),
                _rowids(db, "search_abstracts", quoted),
            )
        )
    holding = [title | label | abstract for title, label, abstract in present]
    candidates = set.intersection(*holding) if holding else set()
    if not candidates:
        return []
    rows, words = _totals(db)
    mean = words / rows if rows and words else 1.0
    idf = [_idf(rows, len(h)) for h in holding]
    phrase = '"' + " ".join(terms) + '"'
    in_title = _rowids(db, "search_titles", f"title : {phrase}")
    in_label = _rowids(db, "search_titles", f"label : {phrase}")
    sizes = _sizes(db, sorted(candidates))
    # each count taken as 1; a phrase in the abstract is known only for one word, else assumed
    first: list[tuple[float, int]] = []
    for n in candidates:
        weighed = [3.0 * (n in t) + 2.0 * (n in la) + (n in a) for t, la, a in present]
        bonus = 3.0 * (n in in_title) + 2.0 * (n in in_label) + all(n in a for _, _, a in present)
        first.append((_bm25(weighed, idf, sizes[n], mean) + bonus, n))
    first.sort(key=lambda item: (-item[0], item[1]))
    best = [n for _, n in first[: max(RERANKED, 4 * limit)]]
    exact = _exact(db, terms, best, texts, idf, sizes, mean, in_title, in_label, phrase)
    if exact is None:  # a word the tokenizer splits: the first scores stand
        return [(n, score) for score, n in first[: len(best)]]
    exact.sort(key=lambda item: (-item[1], item[0]))
    return exact


def _exact(
    db: sqlite3.Connection,
    terms: Sequence[str],
    papers: Sequence[int],
    texts: Callable[[Sequence[int]], dict[int, tuple[Any, Any, Any]]],
    idf: Sequence[float],
    sizes: dict[int, int],
    mean: float,
    in_title: set[int],
    in_label: set[int],
    phrase: str,
) -> list[tuple[int, float]] | None:
    """Score ``papers`` exactly: their words counted in a temporary FTS5 table of their text.

    None when a term is not one token of the tokenizer.
    """
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.paperkg_rank USING fts5(title, label, abstract, tokenize='{TOKENIZE}')"
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.paperkg_rank_words USING fts5vocab(temp, paperkg_rank, instance)"
    )
    db.execute("DELETE FROM temp.paperkg_rank")
    try:
        found = texts(papers)
        db.executemany(
            "INSERT INTO temp.paperkg_rank(rowid, title, label, abstract) VALUES (?, ?, ?, ?)",
            [(n, *found[n]) for n in papers if n in found],
        )
        # the query's own words, as the tokenizer makes them (stemmed, folded), on a row of its own
        db.execute("INSERT INTO temp.paperkg_rank(rowid, title) VALUES (-1, ?)", (" ".join(terms),))
        tokens = [
            t for (t,) in db.execute("SELECT term FROM temp.paperkg_rank_words WHERE doc = -1 ORDER BY offset")
        ]
        if len(tokens) != len(terms):
            return None
        counts: dict[tuple[str, int, int], int] = {}
        for token, n, column, count in db.execute(
            "SELECT term, doc, col, count(*) FROM temp.paperkg_rank_words "
            "WHERE term IN (SELECT value FROM json_each(?)) AND doc != -1 GROUP BY term, doc, col",
            (json.dumps(sorted(set(tokens))),),
        ):
            counts[(token, n, ["title", "label", "abstract"].index(column))] = count
        in_abstract = {
            n
            for (n,) in db.execute(
                "SELECT rowid FROM temp.paperkg_rank WHERE paperkg_rank MATCH ?", (f"abstract : {phrase}",)
            )
        }
    finally:
        db.execute("DELETE FROM temp.paperkg_rank")
    scored = []
    for n in papers:
        if n not in found:
            continue
        weighed = [sum(w * counts.get((token, n, c), 0) for c, w in enumerate(_WEIGHTS)) for token in tokens]
        bonus = 3.0 * (n in in_title) + 2.0 * (n in in_label) + 1.0 * (n in in_abstract)
        scored.append((n, _bm25(weighed, idf, sizes[n], mean) + bonus))
    return scored
