"""An add compares only the edges it can have changed, and still gives the graph a rebuild gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.bench_store import _extra_papers
from benchmarks.make_corpus import make_corpus

from conftest import ABSTRACTS, DATA, DATASET_VIEWER, HF_BATCH, HF_OPTIMIZERS
from paperkg.graph import BuildOptions, SQLiteStore, add_papers, build_graph
from paperkg.inference.scope import STATE_PASS, CorpusState, changed_papers, inference_scope
from paperkg.models import EdgeKind

_SEEDS = [HF_OPTIMIZERS, ABSTRACTS, HF_BATCH, DATASET_VIEWER]
_OPTIONS = BuildOptions(similarity=False, workers=1)


def _graph(data_dir: Path) -> tuple[list[tuple[str, dict[str, object]]], list[str]]:
    with SQLiteStore.open(data_dir) as store:
        nodes = sorted(store.iter_nodes(), key=lambda pair: pair[0])
        edges = sorted(json.dumps(e, sort_keys=True) for e in store.iter_edges())
    return nodes, edges


def _build(data_dir: Path, paths: list[Path], options: BuildOptions = _OPTIONS) -> None:
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        build_graph(paths, store, options)


def _add(data_dir: Path, paths: list[Path]) -> dict[EdgeKind, frozenset[str]]:
    """Add ``paths``; return the inference stage's scope."""
    with SQLiteStore.open(data_dir, writable=True) as store:
        report = add_papers(paths, store, _OPTIONS)
    return next(stage.scope for stage in report.stages if stage.name == "inference")


@pytest.mark.parametrize("added", range(4))
def test_three_seed_files_built_and_the_fourth_added_give_the_full_build(tmp_path: Path, added: int) -> None:
    _build(tmp_path / "full", _SEEDS)
    _build(tmp_path / "added", [path for i, path in enumerate(_SEEDS) if i != added])
    _add(tmp_path / "added", [_SEEDS[added]])
    assert _graph(tmp_path / "added") == _graph(tmp_path / "full")


_PROBES = [DATA / f"other-fields-probes{n}.jsonl" for n in ("", "-2", "-3", "-4", "-5", "-6")]


@pytest.fixture(scope="module")
def probes_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("probes") / "full"
    _build(data_dir, _PROBES)
    return data_dir


@pytest.mark.parametrize("added", [0, 2])
def test_the_probe_files_built_and_one_added_give_the_full_build(
    probes_built: Path, tmp_path: Path, added: int
) -> None:
    # 625 abstracts of some sixty fields, whose names collide across fields (a KESTREL and a Kestrel,
    # two Lanterns, two Compasses): the graph is the same whichever file comes last
    _build(tmp_path / "added", [path for i, path in enumerate(_PROBES) if i != added])
    _add(tmp_path / "added", [_PROBES[added]])
    assert _graph(tmp_path / "added") == _graph(probes_built)


def test_an_add_reads_again_the_topic_words_of_few_stored_introducers(
    probes_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the introducers of names other fields use too (acronyms, words) keep the topic words the build
    # read; the add reads the texts of the new ones and of the few a new paper's words make wanted
    from paperkg.inference import pipeline

    _build(tmp_path / "added", _PROBES[:-1])
    read: list[str] = []
    wanted: list[str] = []
    real = pipeline._introducer_topics

    def spy(
        context: object, new: object, topics_of: pipeline._TopicsOf, kept: object = None, apart: object = ()
    ) -> object:
        words = topics_of.words

        def counted(pid: str, title: str | None, abstract: str | None) -> frozenset[str]:
            read.append(pid)
            return words(pid, title, abstract)

        topics_of.words = counted  # type: ignore[method-assign]
        try:
            topics, keys = real(context, new, topics_of, kept, apart)  # type: ignore[arg-type]
        finally:
            del topics_of.words
        wanted.extend(keys)
        return topics, keys

    monkeypatch.setattr(pipeline, "_introducer_topics", spy)
    _add(tmp_path / "added", [_PROBES[-1]])
    assert (len(wanted) > 40, 0 < len(read) < len(wanted) / 4) == (True, True)
    assert _graph(tmp_path / "added") == _graph(probes_built)


@pytest.mark.parametrize("stored", ["users", "introducers"])
def test_an_add_of_acronyms_two_fields_use_gives_the_full_build(tmp_path: Path, stored: str) -> None:
    # the other fields' MAGIC and SWIFT and a real user of MAGIC stored, then the two introducers
    # added (their topic words decide the stored papers' mentions), or the other way round
    from test_inference_corpus_rules import COLLIDING

    rows = [
        {"id": f"p-{pid}", "title": title, "abstract": abstract, "year": year}
        for pid, year, title, abstract in COLLIDING
    ]
    groups = {"introducers": rows[:2], "users": rows[2:]}
    added = "introducers" if stored == "users" else "users"
    first, second = tmp_path / f"{stored}.jsonl", tmp_path / f"{added}.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in groups[stored]), encoding="utf-8")
    second.write_text("".join(json.dumps(r) + "\n" for r in groups[added]), encoding="utf-8")
    _build(tmp_path / "full", [first, second])
    _build(tmp_path / "added", [first])
    _add(tmp_path / "added", [second])
    nodes, edges = _graph(tmp_path / "added")
    assert (nodes, edges) == _graph(tmp_path / "full")
    assert sum('"BUILDS_ON"' in e for e in edges) == 1


def test_the_seeds_built_whole_have_the_counts_an_add_must_reach(tmp_path: Path) -> None:
    _build(tmp_path / "full", _SEEDS)
    nodes, edges = _graph(tmp_path / "full")
    # (GPTQ, its node and two edges, went on 6 December: "some quantization methods, such as GPTQ, have made
    # progress in ..." says what others' methods did, no use of it)
    assert (len(nodes), len(edges)) == (427, 1001)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[EdgeKind, frozenset[str]], int]:
    """Build 400 generated papers, add 10 new ones and then 10 more; return the data dir, the last scope, N."""
    tmp = tmp_path_factory.mktemp("synthetic")
    corpus = make_corpus(tmp / "corpus.jsonl", 400, seed=3)
    extra = _extra_papers(tmp / "extra.jsonl", 20)
    lines = extra.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    first.write_text("".join(lines[:10]), encoding="utf-8")
    second.write_text("".join(lines[10:]), encoding="utf-8")
    _build(tmp / "full", [corpus, first, second])
    _build(tmp / "added", [corpus])
    _add(tmp / "added", [first])
    scope = _add(tmp / "added", [second])
    return tmp, scope, 420


def test_two_adds_to_a_generated_corpus_give_the_full_build(
    synthetic: tuple[Path, dict[EdgeKind, frozenset[str]], int],
) -> None:
    tmp, _, _ = synthetic
    assert _graph(tmp / "added") == _graph(tmp / "full")


def test_an_add_whose_pair_scope_is_too_large_to_recall_ranks_as_a_build_and_gives_the_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from paperkg.inference import pipeline, related

    monkeypatch.setattr(pipeline, "_RECALLED_AT_MOST", 0)
    recalled: list[object] = []
    monkeypatch.setattr(related.RelatedRows, "recall", lambda self, previous: recalled.append(previous))
    corpus = make_corpus(tmp_path / "corpus.jsonl", 150, seed=5)
    extra = _extra_papers(tmp_path / "extra.jsonl", 5)
    _build(tmp_path / "full", [corpus, extra])
    _build(tmp_path / "added", [corpus])
    _add(tmp_path / "added", [extra])
    assert (recalled, _graph(tmp_path / "added") == _graph(tmp_path / "full")) == ([], True)


@pytest.mark.parametrize("kind", [EdgeKind.MENTIONS, EdgeKind.INTRODUCES, EdgeKind.USES_DATASET])
def test_an_add_compares_the_paper_edges_of_few_papers(
    synthetic: tuple[Path, dict[EdgeKind, frozenset[str]], int], kind: EdgeKind
) -> None:
    _, scope, papers = synthetic
    assert 10 <= len(scope[kind]) < papers / 2


def test_an_add_is_scoped_only_after_a_run_that_kept_the_state(tmp_path: Path) -> None:
    """A build without inference forgets the state: the add after it compares every edge."""
    corpus = make_corpus(tmp_path / "corpus.jsonl", 60, seed=5)
    extra = _extra_papers(tmp_path / "extra.jsonl", 3)
    _build(tmp_path / "added", [corpus])
    _build(tmp_path / "added", [corpus], BuildOptions(similarity=False, infer=False, workers=1))
    with SQLiteStore.open(tmp_path / "added") as store:
        assert store.get_extractions(STATE_PASS, {"": ""}) == {}
    assert _add(tmp_path / "added", [extra]) == {}
    _build(tmp_path / "full", [corpus, extra])
    assert _graph(tmp_path / "added") == _graph(tmp_path / "full")


def test_an_add_to_a_store_whose_results_keep_no_sentence_lengths_gives_the_full_build(tmp_path: Path) -> None:
    """Results an older store kept (no ``"b"``) are read back by splitting the text: the add is the same."""
    from paperkg.graph.stores.sqlite import _STAGE_CODES, _extraction_id, _unpacked

    stages = {code: name for name, code in _STAGE_CODES.items()}  # format 6 stores these passes by a code

    corpus = make_corpus(tmp_path / "corpus.jsonl", 60, seed=5)
    extra = _extra_papers(tmp_path / "extra.jsonl", 3)
    _build(tmp_path / "added", [corpus])
    stripped = 0
    with SQLiteStore.open(tmp_path / "added", writable=True) as store:
        rows = store._db.execute("SELECT stage, paper, key, data FROM extractions").fetchall()
        for code, paper, key, data in rows:
            stage = stages.get(code, code)
            result = json.loads(_unpacked(data)) if stage in ("names", "matches") else None
            if isinstance(result, dict) and result.pop("b", None) is not None:
                stripped += 1
                row = (_extraction_id(paper), key.hex(), json.dumps(result, separators=(",", ":")))
                store.put_extractions(stage, [row])
    scope = _add(tmp_path / "added", [extra])
    _build(tmp_path / "full", [corpus, extra])
    assert (stripped > 30, bool(scope), _graph(tmp_path / "added") == _graph(tmp_path / "full")) == (
        True,
        True,
        True,
    )


def test_a_paper_the_corpus_steps_changed_the_same_way_twice_is_out_of_scope() -> None:
    before = CorpusState(10, {"a": "x", "b": "y", "c": "z"}, {})
    after = CorpusState(10, {"a": "x", "b": "w", "d": "v"}, {})
    assert changed_papers(before, after, {"e"}) == {"b", "c", "d", "e"}


def test_the_pair_scope_is_every_member_of_a_hub_that_gained_a_paper() -> None:
    state = CorpusState(10, {}, {"dataset:glue": "GLUE", "dataset:squad": "SQuAD"})
    now = {"p": {"dataset:glue"}, "q": {"dataset:glue"}, "r": {"dataset:squad"}, "new": {"dataset:glue"}}
    scope = inference_scope(
        frozenset({"new"}), state, state, [], {EdgeKind.SHARES_DATASET: now}, {EdgeKind.SHARES_DATASET: {}}
    )
    assert scope[EdgeKind.SHARES_DATASET] == {"p", "q", "new"}


def test_the_pair_scope_takes_in_the_members_of_a_renamed_hub() -> None:
    before = CorpusState(10, {}, {"dataset:glue": "GLUE", "dataset:squad": "SQuAD"})
    after = CorpusState(10, {}, {"dataset:glue": "GLUE", "dataset:squad": "SQuAD v1"})
    now = {"p": {"dataset:glue"}, "r": {"dataset:squad"}, "s": {"dataset:squad"}}
    scope = inference_scope(frozenset(), before, after, [], {EdgeKind.SHARES_DATASET: now}, {})
    assert scope[EdgeKind.SHARES_DATASET] == {"r", "s"}


def test_the_pair_scope_takes_in_a_paper_that_left_a_hub() -> None:
    state = CorpusState(10, {}, {})
    now = {"p": {"family:a"}, "q": {"family:a"}, "r": {"family:b"}}
    stored = {EdgeKind.SAME_FAMILY: {"r": {"family:a", "family:b"}}}
    scope = inference_scope(frozenset({"r"}), state, state, [], {EdgeKind.SAME_FAMILY: now}, stored)
    assert scope[EdgeKind.SAME_FAMILY] == {"p", "q", "r"}


@pytest.mark.parametrize("joining", ["arxiv:2501.00001", "arxiv:2101.00001", "arxiv:2301.00035x"])
def test_a_paper_joining_a_large_hub_ranks_again_only_the_members_that_meet_it(joining: str) -> None:
    from paperkg.inference.related import SCAN_BUDGET, ring_order, scanning

    state = CorpusState(10, {}, {})
    now = {f"arxiv:2301.{i:05d}": {"dataset:glue"} for i in range(70)}
    now[joining] = {"dataset:glue"}
    scope = inference_scope(frozenset({joining}), state, state, [], {EdgeKind.SHARES_DATASET: now}, {})
    # whatever its id: the new paper and the members whose scans of GLUE reach it on the ring
    meeting = set(scanning(ring_order(list(now)), joining))
    assert (scope[EdgeKind.SHARES_DATASET], len(meeting)) == (meeting | {joining}, SCAN_BUDGET + 1)


def _hubs_changed(seed: int) -> tuple[dict[str, set[str]], dict[str, set[str]], frozenset[str]]:
    """3,000 papers in two large hubs and 300 small ones; then a few join, and a few change hubs."""
    import random

    from _inference_helpers import random_hubs

    rng = random.Random(seed)
    before = random_hubs(rng, (f"p{i:04d}" for i in range(3000)), 300, 0.7)
    after = {paper: set(hubs) for paper, hubs in before.items()}
    for i in range(rng.randrange(1, 4)):  # new papers
        after[f"new{i}"] = {f"big{rng.randrange(2)}", f"h{rng.randrange(300)}"}
    for paper in rng.sample(sorted(before), 3):  # papers whose hubs changed
        after[paper] ^= {f"h{rng.randrange(300)}", *([f"big{rng.randrange(2)}"] if rng.random() < 0.5 else [])}
    return before, after, frozenset(p for p in after if after[p] != before.get(p, set()))


def _pair_scope_of(before: dict[str, set[str]], after: dict[str, set[str]], papers: frozenset[str]) -> frozenset[str]:
    state = CorpusState(5, {}, {})
    stored = {p: before[p] for p in papers if p in before}
    kind = EdgeKind.SAME_FAMILY
    return inference_scope(papers, state, state, [], {kind: after}, {kind: stored})[kind]


@pytest.mark.parametrize("seed", range(6))
def test_the_pair_edges_out_of_the_pair_scope_are_the_ones_before(seed: int) -> None:
    """Papers join, leave and change hubs; every pair edge touching no paper of the scope is unchanged."""
    from paperkg.inference.related import RelatedRows

    before, after, papers = _hubs_changed(seed)
    out = _pair_scope_of(before, after, papers)

    def untouched(hubs: dict[str, set[str]]) -> set[tuple[str, str, float]]:
        return {
            (s, t, payload["score"])
            for s, t, _, payload in RelatedRows(hubs, EdgeKind.SAME_FAMILY, 5).items()
            if s not in out and t not in out
        }

    # sound, and narrow: a few hundred of 3,000 papers (a scan meets about SCAN_BUDGET members of a hub)
    assert (untouched(after) == untouched(before), len(out) < len(after) / 4) == (True, True)


# seeds where a paper outside the scope keeps one the scope's paper kept and keeps no more (its
# ranking decides the edge), and where one the scope's paper never kept (the stored edge stands)
@pytest.mark.parametrize("seed", range(8, 16))
def test_the_pair_edges_touching_the_scope_ranked_from_the_stored_ones_are_the_full_rankings(seed: int) -> None:
    """Told the stored run's hubs and pairs, only the scope's papers and few others are ranked: the same edges."""
    from paperkg.inference import related
    from paperkg.inference.related import Previous, RelatedRows

    before, after, papers = _hubs_changed(seed)
    scope = _pair_scope_of(before, after, papers)
    stored = {
        (a, b) if a in scope else (b, a)
        for a, b, _, _ in RelatedRows(before, EdgeKind.SAME_FAMILY, 5).items()
        if a in scope or b in scope
    }
    full = [item for item in RelatedRows(after, EdgeKind.SAME_FAMILY, 5).items() if scope & {item[0], item[1]}]
    rows = RelatedRows(after, EdgeKind.SAME_FAMILY, 5)
    rows.recall(Previous(scope, papers, {p: before[p] for p in papers if p in before}, stored))
    ranked: list[str] = []
    keeps = related._Rings.keeps

    def counted(self: object, paper: str, k: int) -> list[str]:
        ranked.append(paper)
        return keeps(self, paper, k)  # type: ignore[arg-type]

    related._Rings.keeps = counted  # type: ignore[method-assign]
    try:
        recalled = list(rows.items(scope))
    finally:
        related._Rings.keeps = keeps  # type: ignore[method-assign]
    # the scope's papers, a few they dropped, and some of them again in the stored run: far fewer than
    # every paper whose scan meets the scope
    assert (recalled == full, len(ranked) < 3 * len(scope)) == (True, True)


def test_an_add_beyond_the_word_sample_reads_the_sample_words_back_and_gives_the_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The added papers come after the sample of papers whose lowercase words are read: its union is read back."""
    from paperkg.inference import pipeline

    monkeypatch.setattr(pipeline, "_WORD_SAMPLE", 40)
    corpus = make_corpus(tmp_path / "corpus.jsonl", 80, seed=11)
    extra = _extra_papers(tmp_path / "extra.jsonl", 5)
    _build(tmp_path / "full", [corpus, extra])
    _build(tmp_path / "added", [corpus])
    read: list[bool] = []
    from paperkg.inference import cache

    real = cache.decode_names

    def spy(*args: object, words: bool = True, **kwargs: object) -> object:
        read.append(words)
        return real(*args, words=words, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cache, "decode_names", spy)
    _add(tmp_path / "added", [extra])
    assert (len(read), any(read)) == (80, False)
    assert _graph(tmp_path / "added") == _graph(tmp_path / "full")


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _glue_paper(i: int) -> dict[str, object]:
    """A paper evaluated on GLUE (seventy of them: a hub larger than one scan of it)."""
    return {
        "arxiv_id": f"2301.{i:05d}",
        "title": f"Low-rank adapters for sentiment analysis, study {i}",
        "abstract": f"We fine-tune a large language model with LoRA. Experiment {i} reports accuracy on GLUE.",
        "published": f"2023-01-{1 + i % 28:02d}",
    }


@pytest.fixture
def quiet_hub(tmp_path: Path) -> tuple[Path, dict[EdgeKind, frozenset[str]]]:
    """Build 70 GLUE papers, add a 71st that sorts last; return the data dir and the add's scope."""
    old = _jsonl(tmp_path / "old.jsonl", [_glue_paper(i) for i in range(70)])
    new = _jsonl(tmp_path / "new.jsonl", [_glue_paper(70)])
    _build(tmp_path / "full", [old, new])
    _build(tmp_path / "added", [old])
    return tmp_path, _add(tmp_path / "added", [new])


def test_a_paper_joining_a_quiet_hub_ranks_again_only_itself_and_the_members_that_meet_it(
    quiet_hub: tuple[Path, dict[EdgeKind, frozenset[str]]],
) -> None:
    from paperkg.inference.related import ring_order, scanning

    # every GLUE paper has partners, yet only those of the new paper and of the members whose scans meet it
    # are ranked again
    _, scope = quiet_hub
    glue = [f"arxiv:2301.{i:05d}" for i in range(71)]
    assert scope[EdgeKind.SHARES_DATASET] == {"arxiv:2301.00070", *scanning(ring_order(glue), "arxiv:2301.00070")}


def test_a_paper_joining_a_quiet_hub_gives_the_full_build(
    quiet_hub: tuple[Path, dict[EdgeKind, frozenset[str]]],
) -> None:
    tmp, _ = quiet_hub
    assert _graph(tmp / "added") == _graph(tmp / "full")


def test_the_quiet_hub_has_pair_edges(quiet_hub: tuple[Path, dict[EdgeKind, frozenset[str]]]) -> None:
    tmp, _ = quiet_hub
    with SQLiteStore.open(tmp / "added") as store:
        assert store.counts()["edges"]["SHARES_DATASET"] >= 70


def test_an_add_reports_the_pair_totals_of_the_full_build(tmp_path: Path) -> None:
    """The add ranks only the pairs it compares: its summary's totals are the store's, the full build's."""
    with SQLiteStore.open(tmp_path / "full", writable=True, create=True) as store:
        full = build_graph(_SEEDS, store, _OPTIONS)
    _build(tmp_path / "added", _SEEDS[1:])
    with SQLiteStore.open(tmp_path / "added", writable=True) as store:
        added = add_papers(_SEEDS[:1], store, _OPTIONS)
    (built,) = (s for s in full.stages if s.name == "inference")
    (stage,) = (s for s in added.stages if s.name == "inference")
    assert stage.counted_in_store.keys() == {"same_family", "shares_dataset"}
    totals = {key: stage.summary[key] for key in ("same_family", "shares_dataset")}
    assert totals == {key: built.summary[key] for key in ("same_family", "shares_dataset")}
    assert min(totals.values()) > 0


def _paper(i: int, abstract: str) -> dict[str, object]:
    return {
        "arxiv_id": f"2302.{i:05d}",
        "title": f"Tagging study {i}",
        "abstract": abstract,
        "published": f"2023-02-{1 + i % 28:02d}",
    }


@pytest.fixture
def generic_undone(tmp_path: Path) -> Path:
    """50 papers, 10 of which use a plain name one introduced (generic: a fifth of the corpus); 10 more papers
    make it a sixth: the add restores the introduction, on a paper whose stored result it reads back."""
    papers = [_paper(0, "We propose Sparrow, a simple method for part-of-speech tagging of tweets.")]
    papers += [_paper(i, f"We use Sparrow to tag tweets and report accuracy, study {i}.") for i in range(1, 11)]
    papers += [_paper(i, f"We study dependency parsing of legal text, experiment {i}.") for i in range(11, 50)]
    more = [_paper(i, f"We study dependency parsing of legal text, experiment {i}.") for i in range(50, 60)]
    old, new = _jsonl(tmp_path / "old.jsonl", papers), _jsonl(tmp_path / "new.jsonl", more)
    with SQLiteStore.open(tmp_path / "before", writable=True, create=True) as store:
        before = build_graph([old], store, _OPTIONS)
    (stage,) = (s for s in before.stages if s.name == "inference")
    assert stage.summary["names_demoted_by_reason"] == {"generic": 1}
    _build(tmp_path / "full", [old, new])
    _build(tmp_path / "added", [old])
    _add(tmp_path / "added", [new])
    return tmp_path


def test_an_add_that_undoes_a_generic_demotion_gives_the_full_build(generic_undone: Path) -> None:
    """The introducer is compared because the corpus steps no longer change it: its sentences are quoted."""
    assert _graph(generic_undone / "added") == _graph(generic_undone / "full")


def test_the_undone_demotion_gives_back_the_introduction(generic_undone: Path) -> None:
    with SQLiteStore.open(generic_undone / "added") as store:
        introduces = [e for e in store.iter_edges() if e["kind"] == "INTRODUCES"]
    assert [(e["source"], e["target"], isinstance(e.get("evidence"), str)) for e in introduces] == [
        ("arxiv:2302.00000", "method:sparrow", True)
    ]


@pytest.fixture
def family_discovered(tmp_path: Path) -> Path:
    """Two papers introduce or use Sparrow, a method of no curated family; an added third makes it a
    discovered family, which the two stored papers join (their results read back, their sentences quoted)."""
    papers = [_paper(0, "We propose Sparrow, a simple method for part-of-speech tagging of tweets.")]
    papers.append(_paper(1, "We use Sparrow to tag tweets and report accuracy."))
    papers += [_paper(i, f"We study dependency parsing of legal text, experiment {i}.") for i in range(2, 20)]
    old = _jsonl(tmp_path / "old.jsonl", papers)
    new = _jsonl(tmp_path / "new.jsonl", [_paper(20, "We use Sparrow to tag forum posts and report accuracy.")])
    _build(tmp_path / "added", [old])
    with SQLiteStore.open(tmp_path / "full", writable=True, create=True) as store:
        full = build_graph([old, new], store, _OPTIONS)
    (stage,) = (s for s in full.stages if s.name == "inference")
    assert stage.summary["families_discovered"] == 1
    _add(tmp_path / "added", [new])
    return tmp_path


def test_an_add_that_discovers_a_family_gives_the_full_build(family_discovered: Path) -> None:
    assert _graph(family_discovered / "added") == _graph(family_discovered / "full")


def test_the_stored_papers_join_the_discovered_family_with_their_sentence(family_discovered: Path) -> None:
    with SQLiteStore.open(family_discovered / "added") as store:
        joined = {e["source"]: e.get("evidence") for e in store.iter_edges() if e["kind"] == "IN_FAMILY"}
    assert joined == {
        "arxiv:2302.00000": "We propose Sparrow, a simple method for part-of-speech tagging of tweets.",
        "arxiv:2302.00001": "We use Sparrow to tag tweets and report accuracy.",
        "arxiv:2302.00020": "We use Sparrow to tag forum posts and report accuracy.",
    }
