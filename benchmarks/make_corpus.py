"""Generate a large, deterministic JSON Lines corpus from the seed papers, for benchmarks.

Each record varies a seed paper: a fresh arXiv id (unique per record), a title
made from a seed title with a varied lead, an abstract whose sentences are
rotated and mixed with a sentence from another seed abstract, a date, authors
and categories. The same ``(n, seed)`` always gives byte-identical output.

Two record styles:

``paperkg`` (default)
    keys named like the model fields, which ``paperkg build`` reads with no
    ``--field`` mapping: ``arxiv_id`` (with a version suffix), ``title``,
    ``abstract``, ``authors``, ``published`` (``YYYY-MM-DD``), ``categories``.
``arxiv-snapshot``
    the Kaggle arXiv metadata snapshot layout: ``id``, ``submitter``,
    ``authors`` (one string), ``title``, ``abstract``, ``categories`` (one
    space-separated string), ``doi``, ``versions`` and ``update_date``.

Use it from Python::

    from benchmarks.make_corpus import make_corpus
    make_corpus("/tmp/corpus.jsonl", 100_000, seed=0)

or from the shell::

    python -m benchmarks.make_corpus /tmp/corpus.jsonl -n 100000 --seed 0
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import io
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = ["SEED_DIR", "SeedText", "iter_records", "make_corpus", "seed_texts"]

SEED_DIR = Path(__file__).resolve().parent.parent / "examples"

# The seed files hold abstracts as long lines; titles are the short line that
# opens each Hugging Face listing entry (followed by a blank line and the abstract).
_MIN_ABSTRACT_LINE = 200
_ARXIV_LINE = re.compile(r"^\d{4}\.\d{4,5}(?:v\d+)?$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LEADS = [
    "",
    "Towards ",
    "Revisiting ",
    "On ",
    "Scaling ",
    "Efficient ",
    "Rethinking ",
    "Understanding ",
    "A Study of ",
    "Beyond ",
]
_SUFFIXES = ["", " at Scale", " Revisited", " for Large Models", " in Practice", " with Fewer Resources"]
_CATEGORIES = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "cs.DC", "math.OC", "cs.NE"]
_GIVEN = ["Ada", "Wei", "Priya", "Jonas", "Sofia", "Kenji", "Amara", "Luca", "Mei", "Omar", "Elena", "Tariq"]
_FAMILY = ["Chen", "Garcia", "Okafor", "Nguyen", "Schmidt", "Kowalski", "Tanaka", "Haddad", "Rossi", "Silva"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@dataclass(frozen=True)
class SeedText:
    """The text the generator varies: seed titles and seed abstracts (split in sentences)."""

    titles: tuple[str, ...]
    abstracts: tuple[tuple[str, ...], ...]


def _abstract_blocks(lines: list[str]) -> Iterator[str]:
    """Yield each abstract: a dataset-viewer record (``id`` / ``|`` / lines / ``|``) or a long line."""
    i = 0
    while i < len(lines):
        text = lines[i].strip()
        if _ARXIV_LINE.match(text) and i + 1 < len(lines) and lines[i + 1].strip() == "|":
            end = i + 2
            while end < len(lines) and lines[end].strip() != "|":
                end += 1
            yield " ".join(" ".join(lines[i + 2 : end]).split())
            i = end + 1
            continue
        if len(text) >= _MIN_ABSTRACT_LINE:
            yield text
        i += 1


def seed_texts(seed_dir: Path = SEED_DIR) -> SeedText:
    """Read titles and abstracts from the seed files in ``seed_dir`` (the ``examples/`` folder).

    Parameters
    ----------
    seed_dir
        A folder holding the four seed ``.txt`` files.

    Returns
    -------
    SeedText
        Titles of the Hugging Face listings, and every abstract-sized line of every
        seed file split into sentences.

    Raises
    ------
    FileNotFoundError
        When ``seed_dir`` holds no ``.txt`` files.
    """
    files = sorted(seed_dir.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"{seed_dir}: no seed .txt files; point seed_dir at the examples/ folder")
    titles: list[str] = []
    abstracts: list[tuple[str, ...]] = []
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        for text in _abstract_blocks(lines):
            sentences = tuple(s.strip() for s in _SENTENCE.split(text) if s.strip())
            if len(sentences) >= 2:
                abstracts.append(sentences)
        for i, line in enumerate(lines):
            text = line.strip()
            if (
                10 <= len(text) < _MIN_ABSTRACT_LINE
                and i + 2 < len(lines)
                and not lines[i + 1].strip()
                and len(lines[i + 2].strip()) >= _MIN_ABSTRACT_LINE
            ):
                titles.append(text)
    if not titles or not abstracts:
        raise FileNotFoundError(f"{seed_dir}: the seed files hold no titles or abstracts")
    return SeedText(tuple(titles), tuple(abstracts))


def _abstract(rng: random.Random, seeds: SeedText, base: int) -> str:
    sentences = list(seeds.abstracts[base])
    shift = rng.randrange(len(sentences))
    # Keep the first sentence first (it usually names the method), rotate the rest.
    rest = sentences[1:]
    if rest:
        shift %= len(rest)
        rest = rest[shift:] + rest[:shift]
    other = seeds.abstracts[rng.randrange(len(seeds.abstracts))]
    rest.insert(rng.randrange(len(rest) + 1), other[rng.randrange(len(other))])
    return " ".join([sentences[0], *rest])


def _title(rng: random.Random, seeds: SeedText, number: int) -> str:
    title = seeds.titles[rng.randrange(len(seeds.titles))]
    lead = _LEADS[rng.randrange(len(_LEADS))]
    suffix = _SUFFIXES[rng.randrange(len(_SUFFIXES))]
    # A serial part keeps normalised titles unique, so no two records merge by title.
    return f"{lead}{title}{suffix} ({number})"


def _authors(rng: random.Random) -> list[str]:
    return [
        f"{_GIVEN[rng.randrange(len(_GIVEN))]} {_FAMILY[rng.randrange(len(_FAMILY))]}"
        for _ in range(rng.randint(1, 8))
    ]


def iter_records(
    n: int, seed: int = 0, style: str = "paperkg", seed_dir: Path = SEED_DIR
) -> Iterator[dict[str, Any]]:
    """Yield ``n`` generated records, deterministically for a given ``seed``.

    Parameters
    ----------
    n
        How many records.
    seed
        The random seed; the same seed gives the same records.
    style
        ``paperkg`` (keys named like the model fields) or ``arxiv-snapshot``.
    seed_dir
        Where the seed files are.

    Returns
    -------
    Iterator[dict]
        One dict per record, ready for ``json.dumps``.

    Raises
    ------
    ValueError
        For an unknown style or a negative ``n``.
    """
    if style not in ("paperkg", "arxiv-snapshot"):
        raise ValueError(f"unknown style {style!r}; choose paperkg or arxiv-snapshot")
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    seeds = seed_texts(seed_dir)
    rng = random.Random(seed)
    # Spread the ids over months 2015-01..2024-12; 5-digit serials within a month
    # (arXiv allows 99,999 a month) keep every id unique.
    months = [(year, month) for year in range(2015, 2025) for month in range(1, 13)]
    per_month = -(-n // len(months)) if n else 1
    for i in range(n):
        year, month = months[i // per_month]
        serial = i % per_month + 1
        arxiv_id = f"{year % 100:02d}{month:02d}.{serial:05d}"
        version = rng.randint(1, 3)
        day = rng.randint(1, 28)
        base = rng.randrange(len(seeds.abstracts))
        title = _title(rng, seeds, i)
        abstract = _abstract(rng, seeds, base)
        authors = _authors(rng)
        primary = _CATEGORIES[rng.randrange(len(_CATEGORIES))]
        categories = list(dict.fromkeys([primary, _CATEGORIES[rng.randrange(len(_CATEGORIES))]]))
        published = f"{year:04d}-{month:02d}-{day:02d}"
        if style == "paperkg":
            yield {
                "arxiv_id": f"{arxiv_id}v{version}",
                "title": title,
                "abstract": abstract,
                "authors": authors,
                "published": published,
                "categories": categories,
            }
        else:
            weekday = _WEEKDAYS[datetime.date(year, month, day).weekday()]
            created = f"{weekday}, {day} {_MONTHS[month - 1]} {year} 12:00:00 GMT"
            yield {
                "id": arxiv_id,
                "submitter": authors[0],
                "authors": ", ".join(authors[:-1]) + (" and " if len(authors) > 1 else "") + authors[-1],
                "title": title,
                "comments": None,
                "journal-ref": None,
                "doi": None,
                "report-no": None,
                "categories": " ".join(categories),
                "license": None,
                "abstract": abstract,
                "versions": [{"version": f"v{v}", "created": created} for v in range(1, version + 1)],
                "update_date": published,
                "authors_parsed": [[a.split()[-1], a.split()[0], ""] for a in authors],
            }


def make_corpus(
    path: str | Path, n: int, seed: int = 0, style: str = "paperkg", seed_dir: Path = SEED_DIR
) -> Path:
    """Write ``n`` generated records to ``path`` as JSON Lines (gzip when the name ends in ``.gz``).

    Parameters
    ----------
    path
        The output file; its folder is created.
    n
        How many records.
    seed
        The random seed; the same ``(n, seed, style)`` gives byte-identical files.
    style
        ``paperkg`` or ``arxiv-snapshot`` (see the module docstring).
    seed_dir
        Where the seed files are (``examples/`` by default).

    Returns
    -------
    Path
        The file written.

    Examples
    --------
    >>> from benchmarks.make_corpus import make_corpus
    >>> make_corpus("/tmp/corpus.jsonl", 1000, seed=0)  # doctest: +SKIP
    PosixPath('/tmp/corpus.jsonl')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle: IO[str]
    if path.name.endswith(".gz"):
        # mtime=0 keeps gzip output byte-identical across runs.
        handle = io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8")
    else:
        handle = path.open("w", encoding="utf-8")
    with handle:
        for record in iter_records(n, seed, style, seed_dir):
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
    return path


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.make_corpus", description=__doc__.splitlines()[0]
    )
    parser.add_argument("path", type=Path, help="output .jsonl (or .jsonl.gz) file")
    parser.add_argument("-n", type=int, default=100_000, help="number of records [100000]")
    parser.add_argument("--seed", type=int, default=0, help="random seed [0]")
    parser.add_argument("--style", choices=["paperkg", "arxiv-snapshot"], default="paperkg")
    args = parser.parse_args(argv)
    make_corpus(args.path, args.n, args.seed, args.style)


if __name__ == "__main__":
    main()
