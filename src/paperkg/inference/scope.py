"""What an add can have changed of inference's bulk edges: the papers whose edges to compare.

Inference recomputes its corpus steps over every paper, but most papers' edges come
out as they were. A paper's INTRODUCES, MENTIONS, USES_DATASET and IN_FAMILY edges
are a function of its final findings: its pass-2 result (:mod:`paperkg.inference.cache`)
as changed by the corpus steps that run after pass 2 (names demoted by the corpus,
families inherited through builds-on, discovered families). So those edges can
differ from the stored ones only for

- a paper whose pass-2 result was not read back (new, its text or own claims
  changed, or the match context changed as far as its text can see), and
- a paper the corpus steps changed in this run or in the run before, unless
  both changed it to the same findings (compared by a digest of its edges).

The digests of the papers the corpus steps changed are kept in one row of the
extraction cache (:data:`STATE_PASS`), with each hub's name and ``related_k``.

A paper's SAME_FAMILY and SHARES_DATASET partners depend on the members and names
of its hubs (its families, its datasets) and of no other: a hub's weight is a
function of its size, and a paper ranks only the members of its own hubs. So the
pair edges to compare are those touching a member of a hub that gained or lost a
member (a paper above whose hubs changed: its stored hubs are read from its stored
IN_FAMILY, USES_DATASET and INTRODUCES edges) or was renamed.

Where anything is unknown (no state row, another ``related_k``, a store that
cannot read a paper's edges), there is no scope: every edge is compared.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Set
from typing import TYPE_CHECKING, Any

from paperkg.models import EdgeKind

if TYPE_CHECKING:
    from paperkg.inference.pipeline import PaperEntities

__all__ = [
    "PAPER_KINDS",
    "STATE_PASS",
    "CorpusState",
    "changed_papers",
    "findings_digest",
    "inference_scope",
]

# The stage name the corpus state row is stored under (paper "", key: the rules' fingerprint).
STATE_PASS = "corpus-state"
# The kinds whose edges leave a paper and follow from its findings alone.
PAPER_KINDS = (EdgeKind.INTRODUCES, EdgeKind.MENTIONS, EdgeKind.USES_DATASET, EdgeKind.IN_FAMILY)


def findings_digest(found: PaperEntities) -> str:
    """Return a digest of the edges a paper's findings give (as ``pipeline._assemble`` makes them)."""
    parts: list[Any] = [[eid, intro.sentence, intro.how] for eid, intro in found.introduced]
    parts.append(
        [
            [eid, ms[0].sentence, ms[0].surface, ms[0].relation, len(ms)]
            for eid, ms in sorted(found.mentions.items())
        ]
    )
    parts.append(
        [[fid, hit.evidence, round(hit.score, 3), hit.via[:5]] for fid, hit in sorted(found.families.items())]
    )
    if found.unshared:
        parts.append(sorted(found.unshared))
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


class CorpusState:
    """What the corpus steps did to the papers, kept between runs (one JSON row)."""

    def __init__(self, related_k: int, changed: Mapping[str, str], names: Mapping[str, str]) -> None:
        self.related_k = related_k
        # paper -> digest of its findings, for the papers the corpus steps changed
        self.changed = dict(changed)
        # hub (dataset or family id) -> the name its pair edges show
        self.names = dict(names)

    def dumps(self) -> str:
        """Return the state as JSON."""
        return json.dumps(
            {"k": self.related_k, "changed": self.changed, "names": self.names},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def loads(cls, data: str) -> CorpusState:
        """Return the state :meth:`dumps` wrote."""
        raw = json.loads(data)
        return cls(int(raw["k"]), raw["changed"], raw["names"])


def inference_scope(
    papers: frozenset[str],
    previous: CorpusState,
    current: CorpusState,
    entities: Iterable[str],
    hubs: Mapping[EdgeKind, Mapping[str, Set[str]]],
    stored_hubs: Mapping[EdgeKind, Mapping[str, Set[str]]],
) -> dict[EdgeKind, frozenset[str]]:
    """Return, per bulk kind of inference, the nodes whose edges of that kind may differ from the stored ones.

    Parameters
    ----------
    papers
        The papers whose findings may differ from the stored run's (:func:`changed_papers`).
    previous, current
        The corpus state of the run that wrote the stored edges, and of this one.
    entities
        Every method and dataset node of this run (their IN_FAMILY edges to families).
    hubs
        Per pair kind, paper -> its hubs in this run.
    stored_hubs
        Per pair kind, paper -> its stored hubs, for every paper of ``papers``.

    Returns
    -------
    dict
        Kind -> node ids; the edges of the kind touching none of them are unchanged.
    """
    scope: dict[EdgeKind, frozenset[str]] = dict.fromkeys(PAPER_KINDS, papers)
    scope[EdgeKind.IN_FAMILY] = papers | frozenset(entities)
    renamed = {
        h
        for h in previous.names.keys() | current.names.keys()
        if previous.names.get(h) != current.names.get(h)
    }
    for kind, now in hubs.items():
        scope[kind] = frozenset(_pair_scope(papers, now, stored_hubs.get(kind, {}), renamed))
    return scope


def _pair_scope(
    papers: frozenset[str],
    now: Mapping[str, Set[str]],
    before: Mapping[str, Set[str]],
    renamed: Set[str],
) -> set[str]:
    """Return the papers whose pair edges of one kind may differ (see :func:`inference_scope`).

    A paper ranks its partners by scanning, rarest hub first, at most ``SCAN_BUDGET`` + 1
    members of each of its hubs: a hub that small whole, a larger one from the paper on along
    the hub's ring (:func:`paperkg.inference.related.ring_order`); and a hub's weight follows
    its size class. So the members of a hub that gained or lost a paper are ranked again
    unless the hub is quiet: at least ``SCAN_BUDGET`` papers before and after (no scan of a
    later hub starts or stops with it), in the same size class, not renamed. In a quiet hub
    only the scans that meet a paper that joined or left it change, and those meet a paper
    whose hubs changed in any of its hubs: the members at most ``SCAN_BUDGET`` + 1 places
    before it on the ring, before the change and after (:func:`~paperkg.inference.related.scanning`).
    """
    from paperkg.inference.related import SCAN_BUDGET, hub_degree_class, ring_order, scanning

    moved = {paper: frozenset(now.get(paper, ())) ^ frozenset(before.get(paper, ())) for paper in papers}
    moved = {paper: hubs for paper, hubs in moved.items() if hubs}
    changed = set(renamed).union(*moved.values()) if moved else set(renamed)
    # the hubs of the papers whose hubs changed: they may be scanned through any of them
    met = {hub for paper in moved for hub in (*now.get(paper, ()), *before.get(paper, ()))}
    members: dict[str, list[str]] = {hub: [] for hub in changed | met}
    for paper, its in now.items():
        for hub in its:
            if hub in members:
                members[hub].append(paper)
    out: set[str] = {paper for paper in papers if now.get(paper) or before.get(paper)}
    for hub, new in members.items():
        joined = {paper for paper, hubs in moved.items() if hub in hubs and hub in now.get(paper, ())}
        left = {paper for paper, hubs in moved.items() if hub in hubs and hub not in now.get(paper, ())}
        old = sorted({*new, *left} - joined)
        quiet = hub not in changed or (
            hub not in renamed
            and min(len(old), len(new)) >= SCAN_BUDGET
            and hub_degree_class(len(old)) == hub_degree_class(len(new))
        )
        if not quiet:
            out.update(new)
            out.update(left)
            continue
        # the scans that meet a paper whose hubs changed, on the hub's ring before the change and after
        for held in (new, old):
            ring, within = ring_order(held), set(held)
            for paper in moved:
                if paper in within:
                    out.update(scanning(ring, paper))
    return out


def changed_papers(previous: CorpusState, current: CorpusState, read_again: Set[str]) -> frozenset[str]:
    """Return the papers whose findings may differ from the stored run's (see the module's docstring).

    ``read_again``: the papers whose pass-2 result was computed afresh in this run.
    """
    out = set(read_again)
    for paper in previous.changed.keys() | current.changed.keys():
        if previous.changed.get(paper) != current.changed.get(paper):
            out.add(paper)
    return frozenset(out)
