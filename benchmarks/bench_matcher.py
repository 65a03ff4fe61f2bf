"""Benchmark the name matcher's trie-regex against an Aho-Corasick automaton (pyahocorasick) on one corpus.

Both find the candidate spans of the same aliases in the same lowercased texts:

``regex``
    ``Matcher``'s compiled trie-regex (``\\b`` and the trailing boundary checked
    inside the regex engine, one leftmost-longest match per position);
``aho-corasick``
    an automaton over the same aliases with every separator written as a space
    (the text's separators mapped to a space too, and each alias with and
    without each of its first four separators): the raw hits, before any of the
    boundary rules the regex applies for free, which Python would still have to
    check on each hit;
``find``
    the whole ``Matcher.find`` (candidates, then the boundary rules), for scale.

Run from the repository root (``pip install 'paperkg[bench]'`` for pyahocorasick)::

    python -m benchmarks.bench_matcher --corpus /tmp/corpus.jsonl -n 5000
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from pathlib import Path

__all__ = ["main"]

_SEPARATORS = str.maketrans(dict.fromkeys("-_\u2010\u2011\u2013", " "))


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, time both matchers twice, alternating, and print the table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_matcher", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSON Lines corpus [a generated one]")
    parser.add_argument("-n", type=int, default=5000, help="texts to match [5000]")
    args = parser.parse_args(argv)

    import ahocorasick

    from paperkg.inference.extract import record_text
    from paperkg.inference.lexicon import shipped_lexicon
    from paperkg.inference.matcher import _SEP, Matcher, _atoms
    from paperkg.inference.pipeline import _family_phrases, _lexicon_names

    corpus = args.corpus
    if corpus is None:
        import tempfile

        from benchmarks.make_corpus import make_corpus

        corpus = make_corpus(Path(tempfile.mkdtemp()) / "corpus.jsonl", args.n)
    lexicon = shipped_lexicon()
    names = _lexicon_names(lexicon)
    for phrase, fids in _family_phrases(lexicon)[0].items():
        names.setdefault(phrase, []).extend(fids)
    matcher = Matcher(names, set())
    texts: list[str] = []
    with corpus.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, args.n):
            record = json.loads(line)
            texts.append(record_text("", record.get("title"), record.get("abstract")).text)
    lowered = [t.lower() for t in texts]

    automaton = ahocorasick.Automaton()
    for alias in names:
        atoms = _atoms(alias)
        seps = sum(1 for a in atoms if a == _SEP)
        for mask in itertools.product((0, 1), repeat=min(seps, 4)):
            out, j = [], 0
            for atom in atoms:
                if atom == _SEP:
                    if j >= len(mask) or mask[j]:
                        out.append(" ")
                    j += 1
                else:
                    out.append(atom)
            automaton.add_word("".join(out), alias)
    automaton.make_automaton()

    def regex() -> int:
        return sum(1 for text in lowered for _ in matcher._regex.finditer(text))

    def aho() -> int:
        return sum(1 for text in lowered for _ in automaton.iter(text.translate(_SEPARATORS)))

    def find() -> int:
        return sum(len(matcher.find(text)) for text in texts)

    print(f"{len(texts):,} texts of {corpus}, {len(names):,} aliases")
    print(f"{'run':<4}{'matcher':<14}{'seconds':>9}{'hits':>10}")
    for run in (1, 2):
        for name, fn in (("regex", regex), ("aho-corasick", aho), ("find", find)):
            started = time.perf_counter()
            hits = fn()
            print(f"{run:<4}{name:<14}{time.perf_counter() - started:>9.2f}{hits:>10,}")


if __name__ == "__main__":
    main()
