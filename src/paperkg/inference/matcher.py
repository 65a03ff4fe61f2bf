"""A multi-pattern name matcher: one compiled trie-regex over every alias, then boundary rules."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["GLUE_WORDS", "Match", "Matcher", "compact", "url_spans"]

# Separators an alias may be written with or without ("Megatron-LM", "Megatron LM").
_SEPARATORS = " -_\u2010\u2011\u2013"
_SEP = "\x00"
_SEP_PATTERN = r"[ \-_\u2010\u2011\u2013]?"

# Lowercase words that lost italics glue to a name on either side ("inMiniLMby",
# "Chinchillauses", "Llamamodels"). A glued match needs such a word on each glued side,
# so a split never cuts through an ordinary word.
GLUE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "without",
        "by",
        "via",
        "as",
        "and",
        "or",
        "nor",
        "but",
        "than",
        "that",
        "this",
        "these",
        "those",
        "into",
        "onto",
        "over",
        "under",
        "upon",
        "about",
        "across",
        "after",
        "before",
        "between",
        "through",
        "within",
        "among",
        "against",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "not",
        "also",
        "both",
        "all",
        "any",
        "each",
        "which",
        "who",
        "where",
        "when",
        "while",
        "uses",
        "use",
        "used",
        "using",
        "achieves",
        "achieve",
        "reaches",
        "outperforms",
        "outperform",
        "exhibits",
        "shows",
        "enables",
        "provides",
        "offers",
        "employs",
        "encodes",
        "sidesteps",
        "improves",
        "requires",
        "surpasses",
        "matches",
        "performs",
        "consists",
        "combines",
        "is",
        "models",
        "model",
        "method",
        "methods",
        "framework",
        "benchmark",
        "benchmarks",
        "dataset",
        "datasets",
        "series",
        "family",
        "variant",
        "variants",
        "architecture",
        "library",
        "based",
        "style",
        "like",
        "only",
        "first",
        "our",
        "their",
        "its",
        "his",
        "her",
        "we",
        "they",
        "it",
        "introduce",
        "introduces",
        "propose",
        "proposes",
        "present",
        "presents",
        "named",
        "called",
        "dubbed",
        "termed",
        "release",
        "releases",
        "build",
        "builds",
        "construct",
        "constructs",
        "develop",
        "develops",
        "compared",
        "versus",
        "vs",
        "reaches",
        "uniformly",
        "significantly",
        "substantially",
        "generally",
        "also",
        "further",
    ]
)

_SIZE = re.compile(r"^(?:\d+(?:\.\d+)?[bBmMkKtT]|\d+x\d+[bBmM]?|\d+(?:\.\d+)?[bB]-\w+)$")
_VARIANT_WORDS = frozenset(
    [
        "large",
        "base",
        "small",
        "tiny",
        "medium",
        "mini",
        "xl",
        "xxl",
        "huge",
        "giant",
        "uncased",
        "cased",
        "chat",
        "instruct",
        "hf",
        "turbo",
    ]
)
_VERSION_AFTER = re.compile(r"[ \-]?(?:v\d+(?:\.\d+)*|\d+(?:\.\d+)*)(?![\w.]*[bBmMkK]\b)(?![\w])")
# a release of a name's line, written with a "v": "OsmoTwin v2.1"
# (a bare number only of a first line's release: "compared with Gléas 1.4 and Gléas 2"; and the first
# itself: "tested on the original Meridian Retinal Image Set (MRIS v1)")
# (a full stop after it ends the sentence: "the clinical-only mode of AnthraCalc v2.0.3.")
_RELEASE_AFTER = re.compile(r" (?:v(\d+(?:\.\d+)+)|([01]\.\d+)|v1)(?!\w|\.\w)")
_SEGMENT = re.compile(r"[\w.]+")

# A lowercase suffix after a dot makes another name ("ATLAS.ti", "Last.fm", "Booking.com"), but a
# language's package suffix names the package itself ("VoltaFlow.jl", "Forge.py")
_DOTTED_SUFFIX = re.compile(r"\.(?!(?:jl|py|js|rs|r)\b)[a-z]+\b")
_VERSION = re.compile(r"v?\d+(?:\.\d+)*")

_MORE_VERSION = re.compile(r"(?:\.\d+)+")
_URL = re.compile(
    r"(?:https?://|www\.|//)\S+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|io|ai|ml|net|edu|dev|github\.io)/\S*"
)


_DROP_SEPARATORS = str.maketrans("", "", _SEPARATORS)
_URL_TAIL = re.compile(r"\.(?:com|org|io|ai|ml|net|edu|dev)/")


def _releases_of(number: str) -> list[str]:
    """Return the versions a release numbered ``number`` may belong to, itself first: a patch belongs to
    its minor version, a minor version to its major's first (never the bare major, which names other things).

    >>> _releases_of("2.0.3"), _releases_of("2.1"), _releases_of("2.0")
    (['2.0.3', '2.0'], ['2.1', '2.0'], ['2.0'])
    """
    parts = number.split(".")
    versions = [number]
    if len(parts) > 2:
        versions.append(".".join(parts[:2]))
    if parts[1] != "0":
        versions.append(f"{parts[0]}.0")
    return list(dict.fromkeys(versions))


def compact(text: str) -> str:
    """Return ``text`` without the separators an alias may be spelled with."""
    return text.translate(_DROP_SEPARATORS)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` spans of URLs in ``text``; names inside them never match."""
    return [m.span() for m in _URL.finditer(text)]


def _in_url(text: str, start: int) -> bool:
    """Return True if ``start`` lies in a whitespace-delimited token that is a URL."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = len(text)
    for stop in (" ", "\n"):
        found = text.find(stop, start)
        if found != -1 and found < right:
            right = found
    token = text[left:right]
    return "://" in token or "www." in token or token.startswith("//") or bool(_URL_TAIL.search(token))


# Letters: re's word characters (str.isalnum() or "_") less decimal digits and "_".
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"(\w+)[ \-]$")


def _letters_before(text: str, end: int) -> str:
    """Return the run of ``_LETTERS`` that ends at ``end``, scanning back instead of searching ``text[:end]``."""
    start = end
    while start > 0 and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return text[start:end]


def _glued_word(run: str) -> bool:
    """Return True if ``run`` is a common word, or one glued to the next word ("andbillion")."""
    if run in GLUE_WORDS:
        return True
    # a word of two letters or more, then at least three more letters
    return any(run[:n] in GLUE_WORDS for n in range(2, len(run) - 2))


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made
# building the ~170,000 matches of a 10,000-paper corpus five times slower; none is changed.
@dataclass(slots=True)
class Match:
    """A name found in a text: where, as written, and the keys it stands for."""

    start: int
    end: int
    surface: str
    keys: tuple[str, ...]
    glued: bool = False


@dataclass(frozen=True)
class _Alias:
    compact: str
    # "fold": any case; "loose": any case but not all lowercase or all capitals; "exact": as written
    mode: str
    keys: tuple[str, ...]
    # as given: its separators decide which spellings the pattern accepts
    written: str = ""
    # words its hyphens join into a name ("In-the-Wild", a set of spoofed speech): written with spaces, the
    # phrase ("Padding Oracles in the Wild")
    phrase: bool = False


# the hyphens a name's parts are joined by
_HYPHENS = "-\u2010\u2011"
_HYPHEN = re.compile(f"[{_HYPHENS}]")


def _hyphened_phrase(alias: str) -> bool:
    """Return True if ``alias`` is words of a phrase its hyphens join, a glue word among them.

    Examples
    --------
    >>> [_hyphened_phrase(a) for a in ("In-the-Wild", "Out-of-Distribution", "UCF-101", "Faces in the Wild")]
    [True, True, False, False]
    """
    parts = _HYPHEN.split(alias.strip())
    return (
        len(parts) >= 3
        and all(part.isalpha() for part in parts)
        and any(part.lower() in GLUE_WORDS for part in parts[1:-1])
    )


def _mode(alias: str) -> str:
    letters = compact(alias)
    if not any(ch.isupper() for ch in letters):
        return "fold"
    if len(letters) >= 6 and any(ch.islower() for ch in letters):
        return "loose"
    return "exact"


def _atoms(alias: str) -> list[str]:
    atoms: list[str] = []
    for ch in alias.strip():
        if ch in _SEPARATORS:
            if atoms and atoms[-1] != _SEP:
                atoms.append(_SEP)
        else:
            atoms.append(ch.lower())
    while atoms and atoms[-1] == _SEP:
        atoms.pop()
    return atoms


def _trie_pattern(words: Iterable[list[str]]) -> str:
    trie: dict[str, Any] = {}
    for atoms in words:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _node_pattern(trie) or "(?!)"


def _node_pattern(node: dict[str, Any]) -> str:
    end = "" in node
    branches = []
    for atom in sorted(k for k in node if k):
        head = _SEP_PATTERN if atom == _SEP else re.escape(atom)
        branches.append(head + _node_pattern(node[atom]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


class Matcher:
    """Find every alias of every key in a text, in one pass of a compiled trie-regex.

    Matching rules, checked on each candidate the regex finds:

    - whole tokens only, and never inside a URL;
    - an alias with capitals and fewer than six letters (``LAMB``, ``DoT``,
      ``CAP``) must appear exactly as written; longer mixed-case aliases may
      differ in case but not be all lowercase, nor (where their letters spell one of
      ``words``, a word the texts write) be capitalised as a word ("Multiple" is no
      ``MultiPL-E``); lowercase aliases match any case;
    - a name before a dot and a lowercase word is part of another name (``ATLAS.ti``), unless the word
      is a language's package suffix (``VoltaFlow.jl``);
    - a name inside a longer hyphenated name is not a mention (``LS-LLaMA``,
      ``DeepSpeed-VisualChat``), but size and variant suffixes are
      (``LLaMA-65B``, ``BERT-Large``, ``BERT-style``);
    - for a key listed in ``versioned``, a following version number makes a
      different entity (``Llama-3.1``, ``Orca 2``), not a mention of the key, but a
      release written with a "v" is the version it names ("FlockSpread v2.0" is
      ``FlockSpread 2.0``) or one of the key's own line ("AntiSolve v1.4", ``AntiSolve 2.0``
      known);
    - with ``glue=True``, distinctive names glued to a common word by lost
      italics still match (``inMiniLMby``) when the glued part is a known
      common word on each side.

    Parameters
    ----------
    names
        Alias -> the keys (entity ids) it names.
    versioned
        Keys that have later versions of their own.
    words
        Lowercase words the texts write (the corpus's sample of them).
    """

    def __init__(
        self, names: Mapping[str, Iterable[str]], versioned: Iterable[str] = (), words: Iterable[str] = ()
    ) -> None:
        self.versioned = frozenset(versioned)
        words = frozenset(words)
        self._by_norm: dict[str, list[_Alias]] = {}
        atoms: list[list[str]] = []
        glue_names: set[str] = set()
        for alias, keys in names.items():
            parts = _atoms(alias)
            if not parts:
                continue
            norm = compact(alias).lower()
            mode = _mode(alias)
            if mode == "loose" and norm in words:
                # its letters spell a word the texts write: capitalised as a word, it is the word
                # ("Multiple imputation" is no MultiPL-E, "Reframe" at a sentence's start no ReFrame)
                mode = "word"
            self._by_norm.setdefault(norm, []).append(
                _Alias(compact(alias), mode, tuple(dict.fromkeys(keys)), alias, _hyphened_phrase(alias))
            )
            atoms.append(parts)
            letters = compact(alias)
            distinctive = (mode != "fold" and letters[0].isupper()) or any(ch.isdigit() for ch in letters)
            if distinctive and len(letters) >= 5 and " " not in alias.strip():
                glue_names.add(alias.strip())
        trie = _trie_pattern(atoms)
        self._regex = re.compile(r"\b(?:" + trie + r")(?![\w+])")
        self._pattern = r"\b(?:" + trie + r")(?![\w+])"
        self._key_cache: dict[str, tuple[str, ...]] = {}
        self._regex_ci: re.Pattern[str] | None = None
        # a trie of the names, case-sensitive: at each offset it finds the longest name, as
        # an alternation longest-first would, but without trying every name at every offset
        self._glue = re.compile(_trie_pattern(list(n) for n in sorted(glue_names))) if glue_names else None

    def __len__(self) -> int:
        return len(self._by_norm)

    def alias_table(self) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
        """Return what decides a match: each compacted lowercase form -> its aliases (as written, mode, keys).

        Two matchers with the same table and the same ``versioned`` find the same
        matches in any text; a text can only match differently where it holds a form
        whose entry differs (compared by :mod:`paperkg.inference.cache`).
        """
        return {
            norm: [(a.written, a.mode, a.keys) for a in aliases] for norm, aliases in self._by_norm.items()
        }

    def _keys(self, surface: str) -> tuple[str, ...]:
        cached = self._key_cache.get(surface)
        if cached is None:
            cached = self._key_cache[surface] = self._resolve(surface)
        return cached

    def _resolve(self, surface: str) -> tuple[str, ...]:
        keys: list[str] = []
        written = compact(surface)
        for alias in self._by_norm.get(written.lower(), ()):
            if alias.mode == "exact" and written != alias.compact:
                continue
            loose = alias.mode in ("loose", "word")
            if loose and written == written.lower():
                continue
            # a name spelt in capitals only is an acronym, another name than a word so spelt: the
            # BRIDGE trial is not the Bridge care model, the COMPASS trial no tool named Compass
            if loose and written.isupper() and not alias.compact.isupper():
                continue
            if alias.mode == "word" and written[1:].islower() and written != alias.compact:
                continue
            if alias.phrase and not _HYPHEN.search(surface):
                continue
            keys.extend(alias.keys)
        return tuple(dict.fromkeys(keys))

    def _inside_longer_name(self, text: str, start: int, end: int, keys: tuple[str, ...]) -> bool:
        if text[end : end + 1] == "." and _DOTTED_SUFFIX.match(text, end):
            return True
        # a version number going on: "Granite v2.3" is no GRANITE v2 ("SQuAD v2.0" is SQuAD v2)
        if text[end - 1 : end].isdigit() and text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
            more = _MORE_VERSION.match(text, end)
            if more is not None and more.group(0).strip(".0"):
                return True
        if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum():
            return True
        if start >= 1 and text[start - 1] in "/@_.#" and start >= 2 and text[start - 2].isalnum():
            return True
        if end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalnum():
            segment = _SEGMENT.match(text, end + 1)
            seg = segment.group(0).rstrip(".") if segment else ""
            if _SIZE.match(seg) or seg.lower() in _VARIANT_WORDS:
                return False
            if _VERSION.fullmatch(seg):
                # a word with a number is another name unless the word's versions are known:
                # "Sentinel-2" (the satellite) is no version of a fraud model named Sentinel
                word = text[start:end]
                return not self.versioned.isdisjoint(keys) or (word.isalpha() and word[1:].islower())
            return any(ch.isupper() for ch in seg)
        if not self.versioned.isdisjoint(keys):
            after = _VERSION_AFTER.match(text, end)
            if after is not None and after.group(0).strip(" -") and not _RELEASE_AFTER.match(text, end):
                return True
        return False

    def find(self, text: str) -> list[Match]:
        """Return the matches in ``text``, in order, without overlaps.

        Parameters
        ----------
        text
            Any text; URLs in it are skipped.

        Returns
        -------
        list of Match
        """
        found: list[Match] = []
        slashes = "/" in text
        for m in self._candidates(text):
            start, end = m.span()
            if slashes and _in_url(text, start):
                continue
            # one string per distinct name across the corpus, not one per match held in the results
            surface = sys.intern(text[start:end])
            keys = self._keys(surface)
            if keys and not self.versioned.isdisjoint(keys):
                release = _RELEASE_AFTER.match(text, end)
                if release is not None and (release.group(1) or release.group(2)):
                    # the known version a release is ("FlockSpread v2.0", FlockSpread 2.0 known), or the one
                    # it is a later release of ("TRAVIS v2.0.3" of TRAVIS 2.0, "DesatTrack v2.1" of
                    # DesatTrack 2.0), else one of the name's own line
                    # (known as written with its "v" or without: "CMTM v2.0", "FlockSpread 2.0")
                    number = release.group(1) or release.group(2)
                    for version in _releases_of(number):
                        version_keys = self._keys(f"{surface} {version}")
                        version_keys = version_keys or self._keys(f"{surface} v{version}")
                        if version_keys:
                            keys = version_keys
                            break
                    else:
                        # (or the known version named by its major alone, a later one: "ScopMeter v2.1" of
                        # ScopMeter 2, a version the corpus names so; never "X 1", which is X)
                        major = number.split(".")[0]
                        version_keys = self._keys(f"{surface} {major}") if major not in ("0", "1") else ()
                        keys = version_keys or keys
            if not keys or self._inside_longer_name(text, start, end, keys):
                continue
            found.append(Match(start, end, surface, keys))
        if self._glue is not None:
            found.extend(self._glued(text, found, slashes))
            found.sort(key=lambda x: x.start)
        return found

    def _candidates(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the regex matches in ``text``, left to right, without overlaps.

        The trie is matched case-sensitively against the lowercased text (several
        times faster than ``re.IGNORECASE``); offsets are the same unless case
        folding changed the length, where the case-insensitive twin is used.
        """
        lower = text.lower()
        if len(lower) == len(text):
            yield from self._regex.finditer(lower)
        else:
            if self._regex_ci is None:
                self._regex_ci = re.compile(self._pattern, re.IGNORECASE)
            yield from self._regex_ci.finditer(text)

    def _glued(self, text: str, taken: list[Match], slashes: bool) -> list[Match]:
        out: list[Match] = []
        assert self._glue is not None
        covered = [(m.start, m.end) for m in taken]
        for m in self._glue.finditer(text):
            start, end = m.span()
            left_glued = start > 0 and text[start - 1].isalpha()
            right_glued = end < len(text) and text[end].isalpha()
            if not (left_glued or right_glued):
                continue
            if any(a < end and start < b for a, b in covered) or (slashes and _in_url(text, start)):
                continue
            if left_glued and _letters_before(text, start) not in GLUE_WORDS:
                continue
            right = _LETTERS.match(text, end) if right_glued else None
            if right is not None and not _glued_word(right.group(0)):
                continue
            keys = self._keys(m.group(0))
            if not keys:
                continue
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            if before is not None and self._keys(f"{before.group(1)} {m.group(0)}"):
                continue  # "Code Llamamodels": the glued name ends a longer one
            out.append(Match(start, end, m.group(0), keys, glued=True))
        return out
