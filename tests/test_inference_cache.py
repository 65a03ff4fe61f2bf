"""Per-paper extraction results kept in the store: they read back as computed, and reusing them changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from _inference_helpers import seed_papers
from conftest import EXAMPLES
from paperkg.graph import BuildOptions, SQLiteStore, build_graph
from paperkg.inference import shipped_lexicon
from paperkg.inference.cache import (
    context_changes,
    decode_matches,
    decode_names,
    encode_matches,
    encode_names,
    names_key,
    rules_fingerprint,
)
from paperkg.inference.pipeline import PaperMatches, names_context, paper_matches, paper_names, paper_record
from paperkg.models import Paper


@pytest.mark.parametrize("words", [False, True])
def test_a_pass_1_result_reads_back_equal(words: bool) -> None:
    context = names_context(shipped_lexicon())
    for paper in seed_papers()[:40]:
        found = paper_names(paper_record(paper), context, words)
        assert decode_names(paper.id, encode_names(found)) == found


def _seed_matches() -> Iterator[tuple[Paper, PaperMatches]]:
    """The pass-2 result of each of the first 60 seed papers, read with the whole seed corpus's pass 1."""
    from paperkg.inference.pipeline import _link_names

    lexicon = shipped_lexicon()
    context = names_context(lexicon)
    papers = seed_papers()
    names = [paper_names(paper_record(p), context, True) for p in papers]
    words = set().union(*(n.words or () for n in names))
    linked = _link_names(names, words, {p.id: p for p in papers}, lexicon, context.lexicon_matcher)
    own = linked.own()
    for paper in papers[:60]:
        yield paper, paper_matches(paper_record(paper), own.get(paper.id, ()), {}, linked.context)


def test_results_encoded_where_they_are_found_are_those_encoded_from_the_record() -> None:
    """A pass's worker encodes each result with the sentences the pass split, not splitting them again."""
    from paperkg.inference.pipeline import _link_names, _matches_encoded, _names_encoded

    lexicon = shipped_lexicon()
    context = names_context(lexicon)
    papers = seed_papers()
    records = [paper_record(p) for p in papers]
    named = _names_encoded(context, [(record, i % 3 == 0) for i, record in enumerate(records)])
    for i, (record, (found, encoded)) in enumerate(zip(records, named, strict=True)):
        assert found == paper_names(record, context, i % 3 == 0)
        assert encoded == encode_names(found, record)
    words = set().union(*(found.words or () for found, _ in named))
    linked = _link_names([found for found, _ in named], words, {p.id: p for p in papers}, lexicon, context.lexicon_matcher)
    own = linked.own()
    work = [(record, tuple(own.get(record.id, ())), {}) for record in records]
    quoted = 0
    for (record, mine, _), (found, encoded) in zip(work, _matches_encoded(linked.context, work), strict=True):
        expected = paper_matches(record, mine, {}, linked.context)
        assert (found.entities, found.claims) == (expected.entities, expected.claims)
        assert encoded == encode_matches(expected, record)
        quoted += '"b":' in encoded
    assert quoted > 50  # most quote their sentences by number: where they start is in the encoding


def test_a_pass_2_result_reads_back_equal() -> None:
    for paper, found in _seed_matches():
        assert decode_matches(paper.id, encode_matches(found)) == found


def test_a_claim_naming_the_paper_it_means_reads_back_with_it() -> None:
    # a name two papers present as their own: the claim says which of them its paper means
    from paperkg.inference.builds_on import Claim

    paper, found = next((p, f) for p, f in _seed_matches() if f.claims)
    first = found.claims[0]
    found.claims[0] = Claim(
        first.source, first.entity, first.via, first.evidence, first.relation, target="p15"
    )
    assert decode_matches(paper.id, encode_matches(found)).claims[0].target == "p15"
    assert decode_matches(paper.id, encode_matches(found)) == found


def test_pass_2_results_read_back_with_shared_names_are_equal_and_hold_one_copy_of_each_name() -> None:
    results = list(_seed_matches())
    names: dict[str, str] = {}
    read = [(decode_matches(p.id, encode_matches(found), names=names), found) for p, found in results]
    held = [
        s
        for back, _ in read
        for s in (
            *back.entities.mentions,
            *(x for ms in back.entities.mentions.values() for m in ms for x in (m.entity, m.surface)),
            *back.entities.families,
            *(v for hit in back.entities.families.values() for v in hit.via),
        )
    ]
    # a name read twice is one object: the one ``names`` holds
    assert (
        all(back == found for back, found in read),
        len(held) > len(names) > 10,
        all(names[s] is s for s in held),
    ) == (True, True, True)


@pytest.mark.parametrize("words", [False, True])
def test_a_pass_1_result_quoting_its_sentences_by_number_reads_back_equal(words: bool) -> None:
    context = names_context(shipped_lexicon())
    for paper in seed_papers()[:40]:
        record = paper_record(paper)
        found = paper_names(record, context, words)
        assert decode_names(paper.id, encode_names(found, record), record) == found


def test_a_pass_1_result_keeps_no_sentence_or_word_of_its_paper() -> None:
    context = names_context(shipped_lexicon())
    stored = []
    for paper in seed_papers()[:60]:
        record = paper_record(paper)
        stored.append(json.loads(encode_names(paper_names(record, context, True), record)))
    quoted = [i[2] for result in stored for i in result.get("i", [])]
    assert (
        all(r["w"] is True for r in stored),
        len(quoted) > 5,
        all(isinstance(q, int) for q in quoted),
    ) == (
        True,
        True,
        True,
    )


def test_a_pass_2_result_quoting_its_sentences_by_number_reads_back_equal_and_shorter() -> None:
    full = short = 0
    for paper, found in _seed_matches():
        record = paper_record(paper)
        assert decode_matches(paper.id, encode_matches(found, record), record) == found
        full += len(encode_matches(found))
        short += len(encode_matches(found, record))
    assert short < full / 2


@pytest.mark.parametrize("words", [None, set(), {"lora"}])
def test_an_empty_pass_1_result_is_stored_short_and_reads_back_equal(words: set[str] | None) -> None:
    from paperkg.inference.pipeline import PaperNames

    empty = PaperNames("arxiv:2106.09685", [], [], [], words, [])
    assert (len(encode_names(empty)) <= 16, decode_names(empty.paper_id, encode_names(empty))) == (
        True,
        empty,
    )


def test_a_quoted_sentence_the_paper_lacks_is_refused() -> None:
    context = names_context(shipped_lexicon())
    record = paper_record(seed_papers()[0])
    found = paper_names(record, context, True)
    with pytest.raises(ValueError, match="sentence"):
        stored = json.dumps(
            {**json.loads(encode_names(found, record)), "a": [["A", None, False, 2020, 0, "A", 999]]}
        )
        decode_names(record.id, stored, record)


def test_a_sentence_quoted_by_number_reads_back_as_extraction_quotes_it_and_only_it_is_joined() -> None:
    from paperkg.inference.cache import _Text
    from paperkg.inference.extract import record_text, sentence_at
    from paperkg.inference.pipeline import PaperRecord

    record = PaperRecord(
        "p", "A  title\twith gaps", "First  sentence here. Second one,\n  wrapped. Third (e.g. this) one!  Fourth?"
    )
    doc = record_text(record.id, record.title, record.abstract)
    expected = [sentence_at(doc, start)[1] for start in doc.starts]
    text = _Text(record)
    quoted = text.get(2)
    joined = dict(text._quoted)
    assert (quoted, joined, len(doc.starts), text.sentences, text.ref(expected[4])) == (
        "Second one,",
        {2: "Second one,"},
        6,
        expected,
        4,
    )
    with pytest.raises(ValueError, match="sentence 6 of a paper with 6"):
        _Text(record).get(6)
    assert _Text(PaperRecord("q", None, None)).sentences == [""]


def test_a_paper_with_nothing_of_its_own_keeps_the_pass_2_key_stores_hold() -> None:
    import hashlib

    from paperkg.inference.cache import match_key
    from paperkg.inference.pipeline import PaperRecord

    record = PaperRecord("p", "A title", None)
    digest = hashlib.blake2b(digest_size=16)
    # the parts as stores written before hold them: id, title, abstract, the paper's own claims, rules
    for part in ("p", "A title", "", json.dumps([[], []], ensure_ascii=False), "rules"):
        digest.update(part.encode())
        digest.update(b"\0")
    assert (match_key(record, (), {}, "rules"), match_key(record, ["method:x"], {}, "rules") != digest.hexdigest()) == (
        digest.hexdigest(),
        True,
    )


@pytest.mark.parametrize(
    ("title", "abstract", "words", "citations", "wanted"),
    [("Ünïcode títle", "An abstract.", True, True, "wa"), ("A title", "Lone \ud800 surrogate\x00.", False, False, "")],
)
def test_the_pass_1_key_is_the_digest_of_each_part_in_turn(
    title: str, abstract: str, words: bool, citations: bool, wanted: str
) -> None:
    import hashlib

    from paperkg.inference.pipeline import PaperRecord

    digest = hashlib.blake2b(digest_size=16)
    # hashed at once, the parts must give the digest of each in turn, followed by a NUL byte
    for part in ("p", title, abstract, wanted, "rules"):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    assert names_key(PaperRecord("p", title, abstract), words, "rules", citations) == digest.hexdigest()


def test_the_key_changes_with_the_text() -> None:
    fingerprint = rules_fingerprint(shipped_lexicon())
    record = paper_record(seed_papers()[0])
    edited = record._replace(abstract=(record.abstract or "") + " More.")
    assert names_key(record, False, fingerprint) != names_key(edited, False, fingerprint)


def test_the_fingerprint_changes_with_the_lexicon() -> None:
    lexicon = shipped_lexicon()
    before = rules_fingerprint(lexicon)
    entry = next(iter(lexicon.entries.values()))
    lexicon.entries[entry.id] = entry.model_copy(update={"aliases": [*entry.aliases, "Quillish"]})
    assert rules_fingerprint(lexicon) != before


def test_a_changed_versioned_flag_changes_every_form_of_its_entity() -> None:
    entity = ["method:x", [], None, None, [], False]
    old = {
        "aliases": {"xnet": [["XNet", "exact", ["method:x"]]]},
        "entities": {"method:x": entity},
        "short_aliases": {},
    }
    new = json.loads(json.dumps(old))
    new["entities"]["method:x"][5] = True
    assert context_changes(old, new) == ({"xnet"}, {"method:x"}, set())


def _graph(path: Path) -> tuple[list[object], list[str]]:
    with SQLiteStore.open(path) as store:
        return sorted(store.iter_nodes(), key=lambda n: n[0]), sorted(
            json.dumps(e, sort_keys=True) for e in store.iter_edges()
        )


def test_a_rebuild_reading_every_extraction_back_gives_the_same_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from paperkg.inference import pipeline

    read: list[int] = []

    def counted(name: str) -> object:
        chunk = getattr(pipeline, name)

        def run(context: object, items: list[object]) -> object:
            read.append(len(items))
            return chunk(context, items)

        return run

    for name in ("_names_encoded", "_matches_encoded"):
        monkeypatch.setattr(pipeline, name, counted(name))
    options = BuildOptions(similarity=False, workers=1)
    with SQLiteStore.open(tmp_path / "s", writable=True, create=True) as store:
        build_graph([EXAMPLES], store, options)
    first, read_first = _graph(tmp_path / "s"), sum(read)
    read.clear()
    with SQLiteStore.open(tmp_path / "s", writable=True) as store:
        build_graph([EXAMPLES], store, options)
    assert (read_first, sum(read), _graph(tmp_path / "s")) == (2 * len(seed_papers()), 0, first)


def test_a_build_after_the_rules_changed_says_every_paper_was_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import HF_OPTIMIZERS
    from paperkg.cli import _stage_sentence
    from paperkg.inference import cache

    options = BuildOptions(similarity=False, workers=1)

    def inference() -> dict[str, object]:
        with SQLiteStore.open(tmp_path / "s", writable=True, create=True) as store:
            report = build_graph([HF_OPTIMIZERS], store, options)
        return next(stage.summary for stage in report.stages if stage.name == "inference")

    first, same = inference(), inference()
    fingerprint = cache.rules_fingerprint
    monkeypatch.setattr(cache, "rules_fingerprint", lambda lexicon: "other rules " + fingerprint(lexicon))
    changed, after = inference(), inference()
    said = "so every paper's text was read again, once"
    assert [s.get("rules_changed", False) for s in (first, same, changed, after)] == [False, False, True, False]
    assert [said in _stage_sentence("inference", s) for s in (same, changed)] == [False, True]


def test_a_build_of_other_files_keeps_only_its_papers_extractions(tmp_path: Path) -> None:
    from conftest import HF_BATCH, HF_OPTIMIZERS
    from paperkg.graph.stores.sqlite import _STAGE_CODES, _extraction_id

    options = BuildOptions(similarity=False, workers=1)
    with SQLiteStore.open(tmp_path / "s", writable=True, create=True) as store:
        build_graph([HF_OPTIMIZERS], store, options)
    with SQLiteStore.open(tmp_path / "s", writable=True) as store:
        build_graph([HF_BATCH], store, options)
        papers = {p.id for p in store.papers()}
        stored = {
            stage: {
                _extraction_id(row[0])
                for row in store._db.execute("SELECT paper FROM extractions WHERE stage = ?", (_STAGE_CODES[stage],))
            }
            for stage in ("names", "matches")
        }
    assert stored == {"names": papers, "matches": papers}


def test_a_stored_result_keeps_where_its_sentences_start_and_reads_back_without_splitting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from paperkg.inference import extract

    stored = []
    for paper, found in _seed_matches():
        record = paper_record(paper)
        stored.append((record, found, encode_matches(found, record)))
    splits: list[str] = []
    real = extract.split_sentences

    def spy(text: str) -> list[int]:
        splits.append(text)
        return real(text)

    monkeypatch.setattr(extract, "split_sentences", spy)
    numbered = [data for _, _, data in stored if "b" in json.loads(data)]
    read = [decode_matches(record.id, data, record) == found for record, found, data in stored]
    assert (len(numbered) > 5, all(read), splits) == (True, True, [])


def test_results_read_back_as_an_add_reads_them_hold_no_joined_text_and_quote_the_same_sentences() -> None:
    """An add keeps the sentences pass 1's result split for pass 2's, which holds them lazily to the end of
    the corpus steps: the bounds are kept, the joined text (every abstract again) is not."""
    from paperkg.inference.cache import resolve_sentences
    from paperkg.inference.pipeline import names_context

    context = names_context(shipped_lexicon())
    held, same = [], []
    for paper, found in _seed_matches():
        record = paper_record(paper)
        texts: dict[str, object] = {}
        decode_names(paper.id, encode_names(paper_names(record, context, True), record), record, texts)  # type: ignore[arg-type]
        read = decode_matches(paper.id, encode_matches(found, record), record, texts, lazy=True)  # type: ignore[arg-type]
        if read.entities.sentences is not None:
            held.append(read.entities.sentences._text)
        resolve_sentences(read.entities)
        same.append(read == found)
    assert (len(held) > 20, set(held), all(same)) == (True, {""}, True)


def test_a_stored_result_without_its_sentence_starts_reads_back_equal() -> None:
    """Results a store kept before the starts were (main's) quote by number all the same."""
    for paper, found in _seed_matches():
        record = paper_record(paper)
        raw = json.loads(encode_matches(found, record))
        raw.pop("b", None)
        assert decode_matches(paper.id, json.dumps(raw), record) == found
