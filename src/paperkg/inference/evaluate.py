"""Built-in evaluation: precision, recall and F1 of builds-on, introduced names, datasets and families against a gold file."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from paperkg.exceptions import LoadError
from paperkg.graph.stores.protocol import GraphStore
from paperkg.inference.lexicon import Lexicon, shipped_lexicon
from paperkg.inference.matcher import compact
from paperkg.models import EdgeKind, Paper, entity_id, normalise_title, split_arxiv_version

__all__ = [
    "EvalError",
    "EvalReport",
    "FieldScores",
    "GoldFile",
    "GoldPaper",
    "Score",
    "evaluate",
    "load_gold",
    "resolve_gold",
]

PREFIX_CHARS = 60


class GoldPaper(BaseModel):
    """One annotated paper: how to find it, and (optionally) its field, names, datasets and families."""

    model_config = ConfigDict(extra="forbid")

    arxiv_id: str | None = None
    title: str | None = None
    abstract_prefix: str | None = None
    field: str | None = None
    source: str | None = None
    introduced: list[str] | None = None
    datasets: list[str] | None = None
    families: list[str] | None = None


class GoldPair(BaseModel):
    """A builds-on pair: ``from`` builds on ``to`` (keys of ``papers``)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    source: str = Field(alias="from")
    target: str = Field(alias="to")


class GoldFile(BaseModel):
    """A gold file: annotated papers by key, and builds-on pairs between them."""

    model_config = ConfigDict(extra="forbid")

    papers: dict[str, GoldPaper]
    builds_on: list[GoldPair] = Field(default_factory=list)


class Score(BaseModel):
    """True positives, false positives, false negatives, and the derived precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0


class EvalError(BaseModel):
    """One false positive or false negative, with the evidence the graph holds for it."""

    category: Literal["builds_on", "introduced", "datasets", "families", "family_pairs"]
    kind: Literal["false_positive", "false_negative"]
    paper: str
    item: str
    evidence: str | None = None


class FieldScores(BaseModel):
    """The scores of the gold papers of one field (``GoldPaper.field``)."""

    papers: int
    builds_on: Score
    introduced: Score
    datasets: Score
    families: Score


class EvalReport(BaseModel):
    """Scores per category (and per field), every error, and the gold papers not found in the graph.

    ``family_pairs`` scores family co-membership pairwise: every pair of gold
    papers that share a gold family is a positive, and a predicted pair is one
    whose papers share a predicted family (the labels themselves need not match).
    """

    gold: str
    papers_found: int
    papers_total: int
    builds_on: Score
    introduced: Score = Field(default_factory=Score)
    datasets: Score
    families: Score
    family_pairs: Score = Field(default_factory=Score)
    fields: dict[str, FieldScores] = Field(default_factory=dict)
    errors: list[EvalError]
    unresolved: list[str]
    # Builds-on candidates (claims too unsure to draw) are not scored; these say how many the
    # graph holds, how many join two gold papers, and which gold pairs are among them.
    builds_on_candidates: int = 0
    builds_on_candidates_between_gold: int = 0
    gold_pairs_among_candidates: list[str] = Field(default_factory=list)


def load_gold(path: str | Path) -> GoldFile:
    """Read and validate a gold file (format in the README, section Evaluation).

    Parameters
    ----------
    path
        The gold JSON file.

    Returns
    -------
    GoldFile

    Raises
    ------
    LoadError
        When the file cannot be read, is not JSON, does not match the format,
        or a builds-on pair names a key that is not in ``papers``.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise LoadError(f"{path}: cannot read the gold file ({e.strerror})") from e
    except json.JSONDecodeError as e:
        raise LoadError(f"{path}, line {e.lineno}: not valid JSON ({e.msg})") from e
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise LoadError(
            f'{path}: {where}: {first["msg"]}; expected {{"papers": {{KEY: {{"arxiv_id"?, "title"?, '
            f'"abstract_prefix"?, "datasets"?, "families"?}}}}, "builds_on": [{{"from": KEY, "to": KEY}}]}}'
        ) from e
    for number, pair in enumerate(gold.builds_on):
        for key in (pair.source, pair.target):
            if key not in gold.papers:
                raise LoadError(f"{path}: builds_on.{number}: {key!r} is not a key of 'papers'")
    return gold


def _prefix(text: str | None) -> str:
    return " ".join((text or "").split())[:PREFIX_CHARS]


def _resolve(gold: GoldFile, papers: Iterable[Paper]) -> dict[str, str]:
    by_arxiv: dict[str, str] = {}
    by_title: dict[str, str] = {}
    by_prefix: dict[str, str] = {}
    for paper in papers:
        if paper.arxiv_id:
            by_arxiv[paper.arxiv_id] = paper.id
        if paper.title:
            by_title.setdefault(normalise_title(paper.title), paper.id)
        for text in (paper.abstract, paper.abstract_raw):
            if text:
                by_prefix.setdefault(_prefix(text), paper.id)
    found: dict[str, str] = {}
    for key, entry in gold.papers.items():
        pid = None
        if entry.arxiv_id:
            try:
                pid = by_arxiv.get(split_arxiv_version(entry.arxiv_id)[0])
            except ValueError:
                pid = None
        if pid is None and entry.title:
            pid = by_title.get(normalise_title(entry.title))
        if pid is None and entry.abstract_prefix:
            wanted = _prefix(entry.abstract_prefix)
            pid = by_prefix.get(wanted)
            if pid is None and len(wanted) < PREFIX_CHARS:
                pid = next((p for prefix, p in by_prefix.items() if prefix.startswith(wanted)), None)
        if pid is not None:
            found[key] = pid
    return found


def resolve_gold(gold: GoldFile, papers: Iterable[Paper]) -> dict[str, str]:
    """Return gold key -> paper id for the gold papers found among ``papers``.

    A gold paper is found by arXiv id, else exact title (case and punctuation
    folded), else the first characters of its abstract.
    """
    return _resolve(gold, papers)


def _fold(name: str) -> str:
    return compact(name).casefold()


class _Names:
    """Gold names -> node ids, by the names and aliases the graph and the lexicon know."""

    def __init__(self, store: GraphStore, lexicon: Lexicon) -> None:
        self.index: dict[tuple[str, str], str] = {}
        for entity in store.entities():
            for name in (entity.name, *entity.aliases):
                self.index.setdefault((entity.kind, _fold(name)), entity.id)
        for entry in lexicon.entries.values():
            for name in entry.surfaces():
                self.index.setdefault((entry.kind, _fold(name)), entry.id)
        for family in lexicon.families.values():
            for name in (family.name, *family.aliases, *family.labels):
                self.index.setdefault(("family", _fold(name)), family.id)

    def id(self, kind: str, name: str) -> str:
        return self.index.get((kind, _fold(name))) or entity_id(kind, name)


def _score(tp: int, fp: int, fn: int) -> Score:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(tp=tp, fp=fp, fn=fn, precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4))


def evaluate(store: GraphStore, gold: GoldFile | str | Path, lexicon: Lexicon | None = None) -> EvalReport:
    """Score the graph in ``store`` against a gold file.

    A gold paper is found by arXiv id, else exact title (case and punctuation
    folded), else the first 60 characters of its abstract. Builds-on is scored
    on pairs between found gold papers; datasets and families on the gold
    papers that list them. Names are compared through the graph's and the
    lexicon's aliases ("CIFAR10" is "CIFAR-10", "RLHF" is "RLHF / preference
    optimisation").

    Parameters
    ----------
    store
        A built graph.
    gold
        A gold file or its path.
    lexicon
        Used to resolve gold names; the shipped one by default.

    Returns
    -------
    EvalReport
        Precision, recall and F1 per category, and every false positive and
        false negative with its evidence.

    Raises
    ------
    LoadError
        When the gold file cannot be read or is malformed.
    """
    source = str(gold) if not isinstance(gold, GoldFile) else "(gold)"
    gold = gold if isinstance(gold, GoldFile) else load_gold(gold)
    lexicon = lexicon or shipped_lexicon()
    found = _resolve(gold, store.papers())
    key_of = {pid: key for key, pid in found.items()}
    names = _Names(store, lexicon)
    errors: list[EvalError] = []
    edges_by: dict[str, dict[str, dict[str, str | None]]] = defaultdict(lambda: defaultdict(dict))
    predicted_pairs: dict[tuple[str, str], str | None] = {}
    for edge in store.edges(
        [EdgeKind.BUILDS_ON, EdgeKind.USES_DATASET, EdgeKind.INTRODUCES, EdgeKind.IN_FAMILY]
    ):
        if edge.source not in key_of:
            continue
        if edge.kind is EdgeKind.BUILDS_ON:
            if edge.target in key_of:
                predicted_pairs[(key_of[edge.source], key_of[edge.target])] = edge.evidence
        elif edge.kind is EdgeKind.IN_FAMILY:
            edges_by["families"][edge.source][edge.target] = edge.evidence
        elif edge.target.startswith("dataset:"):
            edges_by["datasets"][edge.source][edge.target] = edge.evidence
    gold_pairs = {(p.source, p.target) for p in gold.builds_on}
    builds = _score_pairs(gold_pairs, predicted_pairs, found, errors)
    unsure: dict[tuple[str, str], float | None] = {}
    n_unsure = 0
    for edge in store.edges([EdgeKind.BUILDS_ON_CANDIDATE]):
        n_unsure += 1
        if edge.source in key_of and edge.target in key_of:
            unsure[(key_of[edge.source], key_of[edge.target])] = edge.confidence
    among = sorted(pair for pair in gold_pairs - set(predicted_pairs) if pair in unsure)
    introduced_names = _introduced_names(store, key_of)
    scores: dict[str, Score] = {}
    for category, kind in (("introduced", None), ("datasets", "dataset"), ("families", "family")):
        counts = _score_category(gold, found, names, category, kind, edges_by, introduced_names, errors)
        scores[category] = _score(*counts)
    fields: dict[str, FieldScores] = {}
    for field_name in sorted({e.field for e in gold.papers.values() if e.field}):
        keys = {k for k, e in gold.papers.items() if e.field == field_name}
        sub = GoldFile(
            papers={k: gold.papers[k] for k in keys},
            builds_on=[p for p in gold.builds_on if p.source in keys],
        )
        sub_pairs = {(p.source, p.target) for p in sub.builds_on}
        sub_predicted = {pair: ev for pair, ev in predicted_pairs.items() if pair[0] in keys}
        per = {
            category: _score(*_score_category(sub, found, names, category, kind, edges_by, introduced_names, []))
            for category, kind in (("introduced", None), ("datasets", "dataset"), ("families", "family"))
        }
        fields[field_name] = FieldScores(
            papers=len(keys),
            builds_on=_score_pairs(sub_pairs, sub_predicted, found, []),
            introduced=per["introduced"],
            datasets=per["datasets"],
            families=per["families"],
        )
    family_pairs = _family_pair_score(gold, found, names, edges_by["families"], errors)
    return EvalReport(
        gold=source,
        papers_found=len(found),
        papers_total=len(gold.papers),
        builds_on=builds,
        introduced=scores["introduced"],
        datasets=scores["datasets"],
        families=scores["families"],
        family_pairs=family_pairs,
        fields=fields,
        errors=errors,
        unresolved=sorted(k for k in gold.papers if k not in found),
        builds_on_candidates=n_unsure,
        builds_on_candidates_between_gold=len(unsure),
        gold_pairs_among_candidates=[f"{a} -> {b} ({unsure[(a, b)]})" for a, b in among],
    )


def _score_pairs(
    gold_pairs: set[tuple[str, str]],
    predicted_pairs: dict[tuple[str, str], str | None],
    found: dict[str, str],
    errors: list[EvalError],
) -> Score:
    """Score builds-on pairs, appending every false positive and false negative to ``errors``."""
    for a, b in sorted(set(predicted_pairs) - gold_pairs):
        errors.append(
            EvalError(
                category="builds_on", kind="false_positive", paper=a, item=b, evidence=predicted_pairs[(a, b)]
            )
        )
    for a, b in sorted(gold_pairs - set(predicted_pairs)):
        missing = [k for k in (a, b) if k not in found]
        errors.append(
            EvalError(
                category="builds_on",
                kind="false_negative",
                paper=a,
                item=b,
                evidence=f"not in the graph: {', '.join(missing)}" if missing else None,
            )
        )
    tp = len(gold_pairs & set(predicted_pairs))
    return _score(tp, len(set(predicted_pairs) - gold_pairs), len(gold_pairs - set(predicted_pairs)))


def _name_fold(name: str) -> str:
    """Fold a name for comparison; a leading article is not part of it ("The Back Book")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return _fold(" ".join(words))


def _introduced_names(
    store: GraphStore, key_of: dict[str, str]
) -> dict[str, tuple[dict[str, str | None], dict[str, str]]]:
    """Return, per gold paper id, its introduced names (folded -> evidence) and aliases (folded -> name)."""
    entities = {e.id: e for e in store.entities()}
    out: dict[str, tuple[dict[str, str | None], dict[str, str]]] = {}
    for edge in store.edges([EdgeKind.INTRODUCES]):
        if edge.source not in key_of:
            continue
        entity = entities.get(edge.target)
        label = entity.name if entity is not None else edge.target.split(":", 1)[-1]
        got, aliases = out.setdefault(edge.source, ({}, {}))
        got[_name_fold(label)] = edge.evidence
        aliases[_name_fold(label)] = label
        for alias in entity.aliases if entity is not None else ():
            aliases.setdefault(_name_fold(alias), label)
    return out


def _score_category(
    gold: GoldFile,
    found: dict[str, str],
    names: _Names,
    category: str,
    kind: str | None,
    edges_by: dict[str, dict[str, dict[str, str | None]]],
    introduced: dict[str, tuple[dict[str, str | None], dict[str, str]]],
    errors: list[EvalError],
) -> list[int]:
    """Count tp, fp, fn of one per-paper category over the gold papers that list it."""
    counts = [0, 0, 0]
    for key, entry in gold.papers.items():
        wanted = getattr(entry, category)
        if wanted is None:
            continue
        pid = found.get(key, "")
        if category == "introduced":
            got, aliases = introduced.get(pid, ({}, {}))
            shown = {node: aliases.get(node, node) for node in got}
            # a gold name the graph holds as an alias counts as the entity's own name
            expected = {_name_fold(aliases.get(_name_fold(n), n)): n for n in wanted}
        else:
            assert kind is not None
            expected = {names.id(kind, n): n for n in wanted}
            got = edges_by[category].get(pid, {})
            shown = {node: node.split(":", 1)[1] for node in got}
        counts[0] += len(set(expected) & set(got))
        for node in sorted(set(got) - set(expected)):
            counts[1] += 1
            errors.append(
                EvalError(
                    category=category,
                    kind="false_positive",
                    paper=key,
                    item=shown[node],
                    evidence=got[node],
                )
            )
        for node in sorted(set(expected) - set(got)):
            counts[2] += 1
            errors.append(
                EvalError(
                    category=category,
                    kind="false_negative",
                    paper=key,
                    item=expected[node],
                    evidence=None if key in found else "paper not in the graph",
                )
            )
    return counts


def _family_pair_score(
    gold: GoldFile,
    found: dict[str, str],
    names: _Names,
    predicted: dict[str, dict[str, str | None]],
    errors: list[EvalError],
) -> Score:
    """Score family co-membership over pairs of gold papers that list families."""
    keys = sorted(k for k, e in gold.papers.items() if e.families is not None)
    gold_fams = {k: {names.id("family", n) for n in gold.papers[k].families or []} for k in keys}
    got_fams = {k: set(predicted.get(found.get(k, ""), {})) for k in keys}
    tp = fp = fn = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            want = bool(gold_fams[a] & gold_fams[b])
            have = bool(got_fams[a] & got_fams[b])
            if want and have:
                tp += 1
            elif have:
                fp += 1
                shared = ", ".join(sorted(f.split(":", 1)[1] for f in got_fams[a] & got_fams[b]))
                errors.append(
                    EvalError(category="family_pairs", kind="false_positive", paper=a, item=b, evidence=shared)
                )
            elif want:
                fn += 1
                shared = ", ".join(sorted(f.split(":", 1)[1] for f in gold_fams[a] & gold_fams[b]))
                errors.append(
                    EvalError(category="family_pairs", kind="false_negative", paper=a, item=b, evidence=shared)
                )
    return _score(tp, fp, fn)
