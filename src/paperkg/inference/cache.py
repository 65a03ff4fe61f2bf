"""Per-paper extraction results kept between builds, keyed by the paper's text and the rules' version.

Pass 1 of inference (:func:`paperkg.inference.pipeline.paper_names`) is a pure
function of a paper's id, title and abstract, the lexicon and the code of the
rules. Its result is stored per paper under a key that hashes all of them, so an
``add`` (or a rebuild of the same files) reads it back for every unchanged paper
instead of reading the text again; any change to the text, the lexicon or the
inference code changes the key, and the paper is read afresh.

Results are stored as JSON, never pickled: a store may come from someone else. A
sentence of the paper a result quotes is stored as its number among the paper's
sentences, and the paper's lowercase words as a flag: both are read back from the
paper's text, which the key covers (a result keeps a quoted text that is not one of
its sentences as it is, and results written with every text in full read back too).
A result quoting by number keeps where the sentences start, so that reading it back
joins the text without splitting it again (one written without them splits it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from importlib import resources
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Any, Protocol

from paperkg import __version__

if TYPE_CHECKING:
    from paperkg.inference.extract import Introduced, PaperText
    from paperkg.inference.lexicon import Lexicon
    from paperkg.inference.pipeline import MatchContext, PaperEntities, PaperMatches, PaperNames, PaperRecord

__all__ = [
    "CONTEXT_PASS",
    "MATCHES_PASS",
    "NAMES_PASS",
    "WORDS_PASS",
    "ExtractionCache",
    "context_changes",
    "context_signature",
    "decode_matches",
    "decode_names",
    "encode_matches",
    "encode_names",
    "match_key",
    "names_key",
    "resolve_sentences",
    "rules_fingerprint",
]

# The stage name pass 1's rows are stored under.
NAMES_PASS = "names"
# The lowercase words of the corpus's sample of papers (pass 1's ``words``), united: one row (paper
# ""), keyed by the pass-1 keys of the sample's papers, so an add that changes none of them reads
# the union back instead of every sampled paper's words.
WORDS_PASS = "sample-words"


class ExtractionCache(Protocol):
    """Where per-paper extraction results are kept (the SQLite store implements it)."""

    def get_extractions(self, stage: str, keys: Mapping[str, str]) -> dict[str, str]:
        """Return paper id -> stored data, for the papers whose stored key is the one in ``keys``."""
        ...

    def put_extractions(self, stage: str, rows: Iterable[tuple[str, str, str]]) -> int:
        """Store ``(paper id, key, data)`` rows, replacing a paper's earlier row of ``stage``."""
        ...

    def keep_extractions(self, stage: str, papers: Iterable[str]) -> int:
        """Delete the rows of ``stage`` of papers not among ``papers`` (no longer in the corpus)."""
        ...

    def has_extraction(self, stage: str, paper: str) -> bool:
        """Return whether ``paper`` has a stored row of ``stage``, whatever its key."""
        ...


def rules_fingerprint(lexicon: Lexicon) -> str:
    """Return a hash of what a paper's extraction depends on besides its text.

    The paperkg version, the source of every inference module (a rule changed
    while developing changes it too) and the lexicon's entries and families.
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update(__version__.encode())
    package = resources.files("paperkg.inference")
    for name in sorted(p.name for p in package.iterdir() if p.name.endswith(".py")):
        digest.update(name.encode())
        digest.update(package.joinpath(name).read_bytes())
    for entry in lexicon.entries.values():
        digest.update(entry.model_dump_json().encode())
    for family in lexicon.families.values():
        digest.update(family.model_dump_json().encode())
    return digest.hexdigest()


def names_key(record: PaperRecord, words: bool, fingerprint: str, citations: bool = False) -> str:
    """Return the key of a paper's pass-1 result: its text, whether words and citations were wanted, the rules."""
    wanted = ("w" if words else "") + ("a" if citations else "")
    return _parts_key((record.id, record.title or "", record.abstract or "", wanted, fingerprint))


def _parts_key(parts: tuple[str, ...]) -> str:
    """Return the digest of ``parts``, each followed by a NUL byte (hashed at once: as each in turn, cheaper)."""
    joined = "\0".join(parts) + "\0"
    return hashlib.blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _Text:
    """A paper's sentences (as extraction quotes them) and lowercase words, from its record.

    ``lengths``, where a stored result kept them, are the lengths of its sentences but the
    last: the text is then joined, not split again (the split cost an add most of reading
    back every result).
    """

    # one per paper read back lazily, held until its sentences are quoted or it is dropped
    __slots__ = ("_bounds", "_lengths", "_numbers", "_quoted", "_record", "_text", "numbered")

    def __init__(
        self, record: PaperRecord | None, lengths: list[int] | None = None, doc: PaperText | None = None
    ) -> None:
        # Split when first asked for: most stored results quote no sentence and list no words;
        # given ``doc`` (the record's text as a pass split it), not split again
        self._record = record
        # where each sentence starts, then the text's end; a sentence is collapsed when quoted
        self._bounds: list[int] | None = None if doc is None else [*doc.starts, len(doc.text)]
        self._quoted: dict[int, str] = {}
        self._text = "" if doc is None else doc.text
        self._numbers: dict[str, int] | None = None
        # whether ref() gave a sentence's number (a result quoting by number keeps the starts)
        self.numbered = False
        # joined when a sentence is first quoted (a result read back lazily may never be)
        self._lengths = lengths if record is not None else None

    def _split(self) -> list[int]:
        if self._bounds is None and self._lengths is not None and self._record is not None:
            from paperkg.inference.extract import joined_text

            self._text = self._text or joined_text(self._record.title, self._record.abstract)[0]
            self._bounds = [*accumulate(self._lengths, initial=0), len(self._text)]
        if self._bounds is None:
            self._bounds = []
            record = self._record
            if record is not None:
                from paperkg.inference.extract import record_text

                doc = record_text(record.id, record.title, record.abstract)
                self._bounds = [*doc.starts, len(doc.text)]
                self._text = doc.text
        return self._bounds

    def _sentence(self, i: int) -> str:
        """Return sentence ``i``, whitespace collapsed, as extract.sentence_at quotes it."""
        quoted = self._quoted.get(i)
        if quoted is None:
            bounds = self._split()
            quoted = self._quoted[i] = " ".join(self.text[bounds[i] : bounds[i + 1]].split())
        return quoted

    def release(self) -> None:
        """Drop the joined text, which the record joins again when a sentence is next quoted; the bounds stay.

        An add holds the sentences a paper's stored pass-1 result split for its pass-2 result,
        and a result read back lazily holds them to the end of the corpus steps: with the
        text, as much again as every abstract (111 MB at 100k papers).
        """
        if self._record is not None:
            self._text = ""

    @property
    def lengths(self) -> list[int]:
        """The length of each sentence but the last (where the sentences start, as stored: shorter)."""
        bounds = self._split()[:-1]
        return [end - start for start, end in pairwise(bounds)]

    @property
    def split_done(self) -> bool:
        """Whether the sentences were split (a text worth keeping for the paper's other pass)."""
        return self._bounds is not None or self._lengths is not None

    @property
    def sentences(self) -> list[str]:
        """The paper's sentences, as extraction quotes them."""
        return [self._sentence(i) for i in range(max(len(self._split()) - 1, 0))]

    @property
    def text(self) -> str:
        """The paper's text, as extraction reads it (joined, not split: the words need no sentences)."""
        if not self._text and self._record is not None:
            from paperkg.inference.extract import joined_text

            self._text = joined_text(self._record.title, self._record.abstract)[0]
        return self._text

    def ref(self, sentence: str | None) -> str | int | None:
        """Return the number of ``sentence`` among the paper's, or the text itself when it is none of them."""
        if self._numbers is None:
            self._numbers = {}
            for i, text in enumerate(self.sentences):
                self._numbers.setdefault(text, i)
        if sentence is None:
            return None
        number = self._numbers.get(sentence)
        if number is None:
            return sentence
        self.numbered = True
        return number

    def get(self, stored: str | int | None) -> Any:
        """Return the sentence a stored reference names (a text stored as it is, itself)."""
        if type(stored) is int:  # not a bool
            quoted = self._quoted.get(stored)  # asked for once per mention: most are known
            if quoted is not None:
                return quoted
            count = max(len(self._split()) - 1, 0)
            if not 0 <= stored < count:
                raise ValueError(f"sentence {stored} of a paper with {count}")
            return self._sentence(stored)
        return stored

    def words(self) -> set[str]:
        """Return the paper's lowercase words, as pass 1 collects them."""
        from paperkg.inference.pipeline import _LOWER_WORD

        return set(_LOWER_WORD.findall(self.text))


def _dump(fields: dict[str, Any], text: _Text | None = None) -> str:
    """Return a result's fields as compact JSON without its empty lists (read back as empty) and no words.

    Most papers introduce, reject and cite nothing: their pass-1 result is then ``{"w":true}``.
    Where the result quotes ``text``'s sentences by number, where they start is kept (``"b"``,
    the lengths of the sentences but the last).
    """
    if text is not None and text.numbered:
        fields["b"] = text.lengths
    # "w" is None (not asked for), true (the text's words) or a list, which may be empty
    kept = {k: v for k, v in fields.items() if ((v is not None) if k == "w" else (v != []))}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


def encode_names(names: PaperNames, record: PaperRecord | None = None, doc: PaperText | None = None) -> str:
    """Return a pass-1 result as compact JSON, quoting ``record``'s sentences by number when given.

    ``doc``, where the caller holds it, is ``record``'s text as pass 1 split it (not split again).
    """
    text = _Text(record, doc=doc)
    words: bool | list[str] | None = None
    if names.words is not None:
        words = True if record is not None and names.words == text.words() else sorted(names.words)
    return _dump(
        {
            "i": [
                [
                    f.intro.name,
                    f.intro.kind,
                    text.ref(f.intro.sentence),
                    f.intro.aliases,
                    f.intro.how,
                    f.lexicon_id,
                    f.alias_id,
                ]
                for f in names.introduced
            ],
            "r": names.rejected,
            "c": [
                [c.name, c.strong, c.sentence_index, *([c.acronym] if c.acronym else [])] for c in names.cues
            ],
            "w": words,
            "a": [
                [c.first, c.second, c.et_al, c.year, c.start, c.surface, text.ref(sentence)]
                for c, sentence in names.citations
            ],
            "t": names.terms,
        },
        text,
    )


def decode_names(
    paper_id: str,
    data: str,
    record: PaperRecord | None = None,
    texts: dict[str, _Text] | None = None,
    words: bool = True,
) -> PaperNames:
    """Return the pass-1 result :func:`encode_names` wrote (given the same ``record``).

    Where the paper's sentences had to be split, they are kept in ``texts`` (if given) for
    :func:`decode_matches` of the same paper to take. Without ``words``, the paper's
    lowercase words are not read (``PaperNames.words`` is None).

    Raises
    ------
    ValueError
        When the result quotes sentences by number and ``record`` has no such sentence.
    """
    from paperkg.inference.datasets import DatasetCue
    from paperkg.inference.extract import AuthorYear, Introduced
    from paperkg.inference.pipeline import IntroducedName, PaperNames

    raw: dict[str, Any] = json.loads(data)
    text = _Text(record, raw.get("b"))
    stored_words = raw.get("w") if words else None
    names = PaperNames(
        paper_id,
        [
            IntroducedName(
                Introduced(name, kind, text.get(sentence), list(aliases), how), lexicon_id, alias_id
            )
            for name, kind, sentence, aliases, how, lexicon_id, alias_id in raw.get("i", ())
        ],
        list(raw.get("r", ())),
        [DatasetCue(*cue) for cue in raw.get("c", ())],
        None if stored_words is None else text.words() if stored_words is True else set(stored_words),
        [
            (AuthorYear(first, second, et_al, year, start, surface), text.get(sentence))
            for first, second, et_al, year, start, surface, sentence in raw.get("a", ())
        ],
        list(raw.get("t", ())),
    )
    if texts is not None and text.split_done:
        text.release()
        texts[paper_id] = text
    return names


def _as_stored(stored: Any) -> Any:
    return stored


def resolve_sentences(found: PaperEntities) -> None:
    """Quote the sentences a result :func:`decode_matches` read lazily left as stored (once; else nothing)."""
    text = found.sentences
    if text is None:
        return
    found.sentences = None
    get = text.get
    for _, intro in found.introduced:
        intro.sentence = get(intro.sentence)
    for mentions in found.mentions.values():
        for mention in mentions:
            mention.sentence = get(mention.sentence)
    for hit in found.families.values():
        hit.evidence = get(hit.evidence)


# -- pass 2 ------------------------------------------------------------------------------
#
# Pass 2 (:func:`paperkg.inference.pipeline.paper_matches`) reads a paper with a context built
# from the whole corpus's pass 1. A stored result stays right while the paper's text, its own
# claims and the rules are unchanged, and the context is unchanged as far as the paper can see:
# no form the matcher looks for changed that the paper's text holds, and no entity the matcher
# found in the paper (kept or not) changed what pass 2 reads of it. Everything else is read again.

MATCHES_PASS = "matches"
CONTEXT_PASS = "match-context"


# what match_key hashes for a paper that introduces and claims nothing (json.dumps([[], []]))
_NOTHING_OWN = "[[], []]"


def match_key(
    record: PaperRecord, mine: Iterable[str], claimed: Mapping[str, Introduced], fingerprint: str
) -> str:
    """Return the key of a paper's pass-2 result: its text, its own claims, the rules."""
    mine = sorted(mine)
    # most papers introduce and claim nothing: their part is the same text, written once
    own = (
        json.dumps(
            [mine, [[eid, c.name, c.kind, c.sentence, c.aliases, c.how] for eid, c in sorted(claimed.items())]],
            ensure_ascii=False,
        )
        if mine or claimed
        else _NOTHING_OWN
    )
    return _parts_key((record.id, record.title or "", record.abstract or "", own, fingerprint))


def context_signature(context: MatchContext, topic_keys: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return what of pass 2's context a paper's result can depend on, as JSON-ready data.

    The matcher's alias table and versioned keys, and per entity: ambiguous or
    not, the long forms a short new name needs, its introducer, what it is a
    version of, its families, its introducer's topic words and the key of what
    they were read from (``topic_keys``, so that an add reads them back), the
    papers presenting it apart from its introducer with their topic words, and the
    words of its presenters' first authors' names (``makers``), whether a paper of another field
    presents it though the lexicon has it (``presented_afield``); and the
    short acronyms papers gave lexicon entries. The rest of the context comes
    from the lexicon, which the fingerprint covers.
    """
    matcher = context.matcher
    topic_keys = topic_keys or {}
    entities = set(context.introducer) | set(context.version_of) | set(context.entity_families)
    entities |= set(context.ambiguous) | set(context.short_new) | set(matcher.versioned) | set(context.topics)
    entities |= set(topic_keys) | set(context.rivals)
    return {
        "aliases": {norm: [list(a) for a in aliases] for norm, aliases in matcher.alias_table().items()},
        "entities": {
            eid: [
                eid in context.ambiguous,
                list(context.short_new.get(eid, ())),
                context.introducer.get(eid),
                context.version_of.get(eid),
                context.entity_families.get(eid, []),
                eid in matcher.versioned,
                sorted(context.topics.get(eid, ())),
                topic_keys.get(eid),
                [
                    [pid, sorted(words), head, author, list(spelt), spelling]
                    for pid, words, head, author, spelt, spelling in context.rivals.get(eid, ())
                ],
                list(context.makers.get(eid, ())),
                context.short_heads.get(eid),
                eid in context.presented_afield,
            ]
            for eid in sorted(entities)
        },
        "short_aliases": {s: [eid, list(forms)] for s, (eid, forms) in context.short_aliases.items()},
    }


def context_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    """Return what changed between two signatures: matcher forms, entities, short acronyms.

    A form is a compacted lowercase name; an entity whose versioned flag changed
    changes how its every form matches, so its forms count as changed too.
    """
    forms = {
        n
        for n in old["aliases"].keys() | new["aliases"].keys()
        if old["aliases"].get(n) != new["aliases"].get(n)
    }
    entities = {
        e
        for e in old["entities"].keys() | new["entities"].keys()
        if old["entities"].get(e) != new["entities"].get(e)
    }
    versioned = {
        e
        for e in entities
        if (old["entities"].get(e) or [None] * 6)[5] != (new["entities"].get(e) or [None] * 6)[5]
    }
    if versioned:
        for table in (old["aliases"], new["aliases"]):
            forms.update(
                norm for norm, aliases in table.items() if any(set(a[2]) & versioned for a in aliases)
            )
    shorts = {
        s
        for s in old["short_aliases"].keys() | new["short_aliases"].keys()
        if old["short_aliases"].get(s) != new["short_aliases"].get(s)
    }
    return forms, entities, shorts


def encode_matches(found: PaperMatches, record: PaperRecord | None = None, doc: PaperText | None = None) -> str:
    """Return a pass-2 result as compact JSON, quoting ``record``'s sentences by number when given.

    ``doc``, where the caller holds it, is ``record``'s text as pass 2 split it (not split again).
    """
    e = found.entities
    text = _Text(record, doc=doc)
    return _dump(
        {
            "i": [[eid, c.name, c.kind, text.ref(c.sentence), c.aliases, c.how] for eid, c in e.introduced],
            "m": [
                [eid, [[m.entity, m.surface, m.start, text.ref(m.sentence), m.relation, m.glued] for m in ms]]
                for eid, ms in e.mentions.items()
            ],
            "f": [[fid, h.score, text.ref(h.evidence), h.via] for fid, h in e.families.items()],
            "c": [
                [
                    c.source,
                    c.entity,
                    c.via,
                    text.ref(c.evidence),
                    c.relation,
                    c.penalty,
                    c.reason,
                    *([c.target] if c.target else []),
                ]
                for c in found.claims
            ],
            "k": sorted(found.keys),
            "s": sorted(found.surfaces),
            **({"u": sorted(e.unshared)} if e.unshared else {}),
        },
        text,
    )


def _same(key: str, value: str) -> str:
    """``dict.setdefault``'s answer where nothing is shared: the value itself."""
    return value


def decode_matches(
    paper_id: str,
    data: str,
    record: PaperRecord | None = None,
    texts: dict[str, _Text] | None = None,
    lazy: bool = False,
    names: dict[str, str] | None = None,
) -> PaperMatches:
    """Return the pass-2 result :func:`encode_matches` wrote (given the same ``record``).

    The paper's sentences are taken from ``texts`` where :func:`decode_names` left them.
    With ``lazy``, the sentences its introduced names, mentions and family hits quote stay
    as stored until :func:`resolve_sentences` (an add quotes those of the papers it
    compares); its claims' are quoted. With ``names``, the entity ids, surfaces and family
    names of its mentions and family hits are the copies ``names`` holds (added where new),
    as :func:`paperkg.inference.pipeline._share_names` would make them, as they are read.

    Raises
    ------
    ValueError
        When the result quotes sentences by number and ``record`` has no such sentence.
    """
    from paperkg.inference.builds_on import Claim
    from paperkg.inference.extract import FamilyHit, Introduced, Mention
    from paperkg.inference.pipeline import PaperEntities, PaperMatches

    raw: dict[str, Any] = json.loads(data)
    kept = texts.pop(paper_id, None) if texts is not None else None
    text = kept if kept is not None else _Text(record, raw.get("b"))
    get = _as_stored if lazy else text.get
    share = _same if names is None else names.setdefault
    entities = PaperEntities(
        paper_id,
        [
            (eid, Introduced(name, kind, get(sentence), list(aliases), how))
            for eid, name, kind, sentence, aliases, how in raw.get("i", ())
        ],
        {
            share(eid, eid): [
                Mention(share(entity, entity), share(surface, surface), start, get(sentence), relation, glued)
                for entity, surface, start, sentence, relation, glued in ms
            ]
            for eid, ms in raw.get("m", ())
        },
        {
            share(fid, fid): FamilyHit(score, get(evidence), [share(name, name) for name in via])
            for fid, score, evidence, via in raw.get("f", ())
        },
    )
    if "u" in raw:
        entities.unshared = frozenset(share(eid, eid) for eid in raw["u"])
    if lazy:
        entities.sentences = text
    claims = [
        # the paper a claim names, where a name two papers present is the other's (its eighth item)
        Claim(source, entity, via, text.get(evidence), relation, penalty, reason, *target)
        for source, entity, via, evidence, relation, penalty, reason, *target in raw.get("c", ())
    ]
    if lazy:
        text.release()
    return PaperMatches(entities, claims, set(raw.get("k", ())), set(raw.get("s", ())))
