"""The build pipeline on the seed files: counts, merges, idempotent rebuilds, add, the read invariant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.make_corpus import make_corpus
from typer.testing import CliRunner

from conftest import ABSTRACTS, DATASET_VIEWER, EXAMPLES, HF_BATCH, HF_OPTIMIZERS
from paperkg.cli import app
from paperkg.graph import BuildOptions, BuildReport, NetworkXStore, add_papers, build_graph
from paperkg.loaders import LoadOptions, detect_format
from paperkg.models import DatePrecision

SOPHIA_HASH = "hash:d849765d9d9df8ae"


def _options(**load: object) -> BuildOptions:
    # Inference and similarity belong to other tests; these check loading, merging and storing.
    return BuildOptions(load=LoadOptions(**load), infer=False, similarity=False)  # type: ignore[arg-type]


def _invariant(report: BuildReport) -> bool:
    """Records read = papers stored + merged duplicates + rejected (+ filtered)."""
    return report.records_read == report.papers_new + report.merged + report.rejected + report.filtered


def _node_data(store: NetworkXStore) -> dict[str, dict[str, object]]:
    return {node: dict(data) for node, data in store.graph.nodes(data=True)}


@pytest.fixture
def duplicates(tmp_path: Path) -> Path:
    """Two records of seed papers from another source: one by arXiv id, one by title."""
    path = tmp_path / "duplicates.jsonl"
    records = [
        {
            "arxiv_id": "2302.13971v1",
            "title": "LLaMA: Open and Efficient Foundation Language Models",
            "published": "2023-02-27",
        },
        {
            "arxiv_id": "2305.14342",
            "title": "Sophia: A Scalable Stochastic Second-order Optimizer for Language Model Pre-training",
            "published": "2023-05-23",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def seed_report(store: NetworkXStore) -> BuildReport:
    return build_graph([EXAMPLES], store, _options())


def test_the_stages_run_in_their_order_and_report_the_turned_off_ones(seed_report: BuildReport) -> None:
    names = [(stage.name, stage.skipped) for stage in seed_report.stages]
    assert names == [
        ("inference", "turned off"),
        ("citations", None),
        ("cocitation", None),
        ("authors", None),
        ("similarity", "turned off"),
    ]


def test_a_build_without_similarity_does_not_import_it(tmp_path: Path) -> None:
    # NumPy and SciPy take a second to load: a build or add that does not want the stage skips them.
    code = (
        "import sys; from paperkg.graph import BuildOptions, SQLiteStore, build_graph\n"
        f"with SQLiteStore.open({str(tmp_path / 'data')!r}, writable=True, create=True) as store:\n"
        f"    build_graph([{str(EXAMPLES)!r}], store, BuildOptions(similarity=False))\n"
        "print('paperkg.similarity.pipeline' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# -- counts -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [("records_read", 142), ("papers_new", 142), ("merged", 0), ("rejected", 0), ("papers_total", 142)],
)
def test_seed_build_counts(seed_report: BuildReport, name: str, value: int) -> None:
    assert getattr(seed_report, name) == value


def test_seed_build_stores_142_paper_nodes(seed_report: BuildReport, store: NetworkXStore) -> None:
    assert sum(1 for _, kind in store.graph.nodes(data="kind") if kind == "paper") == 142


def test_seed_build_reads_each_file_in_its_format(seed_report: BuildReport) -> None:
    assert {Path(r.source).name: (r.format, r.loaded) for r in seed_report.files} == {
        ABSTRACTS.name: ("abstracts", 11),
        HF_BATCH.name: ("hf-daily", 15),
        HF_OPTIMIZERS.name: ("hf-daily", 16),
        DATASET_VIEWER.name: ("hf-dataset-viewer", 100),
    }


@pytest.mark.parametrize(("path", "year_unknown"), [(HF_OPTIMIZERS, 3), (HF_BATCH, 1)])
def test_listing_dates_without_a_year_are_counted(
    seed_report: BuildReport, path: Path, year_unknown: int
) -> None:
    (report,) = [r for r in seed_report.files if r.source == str(path)]
    assert report.year_unknown == year_unknown


def test_listing_year_dates_every_listing_entry(store: NetworkXStore) -> None:
    build_graph([HF_OPTIMIZERS, HF_BATCH], store, _options(year=2025))
    assert [p.id for p in store.papers() if p.date_precision is DatePrecision.YEAR_UNKNOWN] == []


def test_seed_build_counts_the_dates_without_a_year(seed_report: BuildReport) -> None:
    assert (seed_report.year_unknown, seed_report.dated_without_year) == (15, 4)


def test_the_listing_year_dates_the_day_month_papers(store: NetworkXStore) -> None:
    report = build_graph([EXAMPLES], store, _options(year=2025))
    assert (report.year_unknown, report.dated_without_year) == (11, 0)


def test_seed_build_invariant(seed_report: BuildReport) -> None:
    assert _invariant(seed_report)


# -- rebuild and add ------------------------------------------------------------


def test_rebuild_gives_the_same_graph(store: NetworkXStore) -> None:
    build_graph([EXAMPLES], store, _options(year=2025))
    first = _node_data(store)
    build_graph([EXAMPLES], store, _options(year=2025))
    assert _node_data(store) == first


def test_rebuild_gives_the_same_counts(store: NetworkXStore) -> None:
    first = build_graph([EXAMPLES], store, _options()).counts
    assert build_graph([EXAMPLES], store, _options()).counts == first


def test_rebuild_after_save_and_reopen_gives_the_same_ids(data_dir: Path) -> None:
    with NetworkXStore.open(data_dir, writable=True, create=True) as store:
        build_graph([EXAMPLES], store, _options())
        first = {p.id for p in store.papers()}
    with NetworkXStore.open(data_dir, writable=True) as store:
        build_graph([EXAMPLES], store, _options())
        assert {p.id for p in store.papers()} == first


def test_add_keeps_what_was_built(store: NetworkXStore) -> None:
    build_graph([HF_OPTIMIZERS], store, _options())
    before = {p.id for p in store.papers()}
    add_papers([DATASET_VIEWER], store, _options())
    assert before <= {p.id for p in store.papers()}


@pytest.mark.parametrize(("name", "value"), [("papers_new", 100), ("papers_total", 116), ("merged", 0)])
def test_add_counts(store: NetworkXStore, name: str, value: int) -> None:
    build_graph([HF_OPTIMIZERS], store, _options())
    assert getattr(add_papers([DATASET_VIEWER], store, _options()), name) == value


@pytest.mark.parametrize(("name", "value"), [("papers_new", 0), ("merged", 100), ("papers_total", 100)])
def test_adding_the_same_file_again_merges_every_record(store: NetworkXStore, name: str, value: int) -> None:
    build_graph([DATASET_VIEWER], store, _options())
    assert getattr(add_papers([DATASET_VIEWER], store, _options()), name) == value


def test_adding_the_same_file_again_keeps_the_invariant(store: NetworkXStore) -> None:
    build_graph([DATASET_VIEWER], store, _options())
    assert _invariant(add_papers([DATASET_VIEWER], store, _options()))


# -- merges ---------------------------------------------------------------------


@pytest.mark.parametrize(("name", "value"), [("merged", 2), ("papers_total", 142), ("records_read", 144)])
def test_duplicates_from_another_source_merge(
    store: NetworkXStore, duplicates: Path, name: str, value: int
) -> None:
    assert getattr(build_graph([EXAMPLES, duplicates], store, _options()), name) == value


def test_merge_by_arxiv_id_adds_the_title(store: NetworkXStore, duplicates: Path) -> None:
    build_graph([EXAMPLES, duplicates], store, _options())
    paper = store.get_paper("arxiv:2302.13971")
    assert paper is not None and paper.title == "LLaMA: Open and Efficient Foundation Language Models"


def test_merge_keeps_every_provenance(store: NetworkXStore, duplicates: Path) -> None:
    build_graph([EXAMPLES, duplicates], store, _options())
    paper = store.get_paper("arxiv:2302.13971")
    assert paper is not None and [p.format for p in paper.provenance] == ["hf-dataset-viewer", "jsonl"]


def test_merge_by_title_gives_the_listing_paper_its_arxiv_id(store: NetworkXStore, duplicates: Path) -> None:
    build_graph([EXAMPLES, duplicates], store, _options())
    paper = store.get_paper("arxiv:2305.14342")
    assert paper is not None and paper.upvotes == 1


def test_merge_by_title_removes_the_hash_node(store: NetworkXStore, duplicates: Path) -> None:
    build_graph([EXAMPLES, duplicates], store, _options())
    assert store.get_paper(SOPHIA_HASH) is None


def test_add_of_duplicates_renames_the_stored_node(store: NetworkXStore, duplicates: Path) -> None:
    build_graph([EXAMPLES], store, _options())
    add_papers([duplicates], store, _options())
    assert (store.get_paper(SOPHIA_HASH), store.get_paper("arxiv:2305.14342") is not None) == (None, True)


def test_duplicates_keep_the_invariant(store: NetworkXStore, duplicates: Path) -> None:
    assert _invariant(build_graph([EXAMPLES, duplicates], store, _options()))


# -- rejections -----------------------------------------------------------------


@pytest.fixture
def broken_viewer(tmp_path: Path) -> Path:
    """The dataset viewer with a bad id and its last record cut off."""
    text = DATASET_VIEWER.read_text(encoding="utf-8").replace("\n2401.00448\n", "\n24O1.00448\n", 1)
    path = tmp_path / "viewer-broken.txt"
    path.write_text(text[: text.index("In particular, LLaMA-13B outperforms")], encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "value"), [("records_read", 100), ("rejected", 2), ("papers_new", 98)])
def test_rejections_are_counted(store: NetworkXStore, broken_viewer: Path, name: str, value: int) -> None:
    assert getattr(build_graph([broken_viewer], store, _options()), name) == value


def test_rejections_keep_the_invariant(store: NetworkXStore, broken_viewer: Path, duplicates: Path) -> None:
    assert _invariant(build_graph([EXAMPLES, broken_viewer, duplicates], store, _options()))


# -- the generated corpus ---------------------------------------------------------


def test_make_corpus_is_deterministic(tmp_path: Path) -> None:
    first = make_corpus(tmp_path / "a.jsonl", 300, seed=7).read_bytes()
    assert make_corpus(tmp_path / "b.jsonl", 300, seed=7).read_bytes() == first


def test_make_corpus_seed_changes_the_records(tmp_path: Path) -> None:
    first = make_corpus(tmp_path / "a.jsonl", 50, seed=1).read_bytes()
    assert make_corpus(tmp_path / "b.jsonl", 50, seed=2).read_bytes() != first


@pytest.mark.parametrize(("name", "value"), [("records_read", 300), ("papers_total", 300), ("rejected", 0)])
def test_generated_corpus_builds_one_paper_per_record(
    store: NetworkXStore, tmp_path: Path, name: str, value: int
) -> None:
    path = make_corpus(tmp_path / "corpus.jsonl", 300, seed=0)
    assert getattr(build_graph([path], store, _options()), name) == value


def test_snapshot_style_corpus_is_read_as_the_arxiv_snapshot(tmp_path: Path) -> None:
    path = make_corpus(tmp_path / "snapshot.jsonl", 20, seed=0, style="arxiv-snapshot")
    assert detect_format(path) == "arxiv-snapshot"


# -- the seed build through the CLI -----------------------------------------------------


@pytest.fixture(scope="module")
def cli_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the seeds the way the README says: build examples/ --year 2025 --no-similarity."""
    data_dir = tmp_path_factory.mktemp("cli") / "paperkg-data"
    result = CliRunner().invoke(
        app, ["build", str(EXAMPLES), "--year", "2025", "--no-similarity", "--data-dir", str(data_dir)]
    )
    assert result.exit_code == 0, result.output
    return data_dir


def _cli(data_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_build_without_year_hints_at_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["build", str(EXAMPLES), "--no-infer", "--no-similarity", "--data-dir", str(tmp_path)]
    )
    assert "4 papers have a day and month but no year: give the listing's year with --year" in result.output


def test_cli_build_with_year_gives_no_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "build",
            str(EXAMPLES),
            "--year",
            "2025",
            "--no-infer",
            "--no-similarity",
            "--data-dir",
            str(tmp_path),
        ],
    )
    assert "--year" not in result.output


@pytest.mark.parametrize(
    ("paper", "label"),
    [
        ("2012.15828", "MiniLMv2"),  # found by inference: the abstract never says "we propose MiniLMv2"
        ("2311.10702", "Tulu 2"),  # the model, not the data mix it also introduces
        ("2109.10086", "SPLADE v2"),
        ("2311.05657", "Lumos"),  # labelled by the loader already: "We introduce Lumos, ..."
    ],
)
def test_cli_labels_an_untitled_paper_by_the_name_it_introduces(
    cli_data_dir: Path, paper: str, label: str
) -> None:
    assert _cli(cli_data_dir, "show", paper).startswith(f"{label}  (arxiv:{paper})")


def test_an_untitled_paper_that_introduces_nothing_keeps_its_first_words(cli_data_dir: Path) -> None:
    assert _cli(cli_data_dir, "show", "privately").startswith(
        "We show that it is possible to privately...  ("
    )


def test_cli_finds_a_paper_by_the_name_it_introduces(cli_data_dir: Path) -> None:
    assert "arXiv      2012.15828" in _cli(cli_data_dir, "show", "MiniLMv2")


def test_cli_stats_counts_the_seed_papers(cli_data_dir: Path) -> None:
    assert _cli(cli_data_dir, "stats").startswith("142 papers (31 with a title, 100 with an arXiv id")


def test_cli_show_by_versioned_arxiv_id(cli_data_dir: Path) -> None:
    assert "arXiv      2101.00436v3" in _cli(cli_data_dir, "show", "2101.00436")


def test_cli_show_by_label_gives_the_listing_fields(cli_data_dir: Path) -> None:
    output = _cli(cli_data_dir, "show", "Sophia")
    assert tuple(
        line.strip()
        for line in output.splitlines()
        if line.strip().startswith(("published", "upvotes", "authors"))
    ) == ("published  2023-05-23 (day)", "authors    5 authors", "upvotes    1")


def test_cli_search_ranks_sophia_first(cli_data_dir: Path) -> None:
    first = _cli(cli_data_dir, "search", "second-order optimizer").splitlines()[0]
    assert "Sophia: A Scalable Stochastic Second-order Optimizer" in first


# -- the store floor of benchmarks/bench_build ------------------------------------------------


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench")


@pytest.fixture(scope="module")
def bench_phases(bench_dir: Path) -> dict[str, dict[str, object]]:
    from benchmarks.bench_build import run_phase

    corpus = make_corpus(bench_dir / "corpus.jsonl", 120, seed=3)
    return {phase: run_phase(phase, corpus, bench_dir / "data", infer=True) for phase in ("build", "floor")}


def test_bench_floor_reads_every_node_and_edge_the_build_stored(
    bench_phases: dict[str, dict[str, object]],
) -> None:
    build, floor = bench_phases["build"], bench_phases["floor"]
    counts = build["counts"]
    assert isinstance(counts, dict)
    assert (floor["papers"], floor["nodes"], floor["edges"]) == (
        build["papers"],
        sum(counts["nodes"].values()),
        sum(counts["edges"].values()),
    )


def test_bench_floor_times_only_insert_and_encode(bench_phases: dict[str, dict[str, object]]) -> None:
    floor = bench_phases["floor"]
    assert floor["seconds"] == pytest.approx(
        float(str(floor["insert_seconds"])) + float(str(floor["encode_seconds"])), abs=0.0015
    )
    assert 0 < float(str(floor["seconds"])) < float(str(bench_phases["build"]["seconds"]))


def test_bench_lookups_times_every_lookup_on_the_built_store(
    bench_dir: Path, bench_phases: dict[str, dict[str, object]]
) -> None:
    import gc

    from benchmarks.bench_lookups import run

    figures = run(bench_dir / "data", samples=3, family="distillation", whole_view=True)
    assert (figures["papers"], figures["edges"]) == (
        120,
        sum(bench_phases["build"]["counts"]["edges"].values()),
    )  # type: ignore[index,union-attr]
    assert {name: row["runs"] for name, row in figures["lookups"].items()} == {
        "entities": 3,
        "lineage + ends": 3,
        "show (edge counts)": 3,
        "viz --paper (select)": 3,
        "search 'second-order optimizer'": 1,
        "search 'xyzzy'": 1,
        "family 'distillation'": 1,
        "viz (whole graph, select)": 1,
    }
    assert gc.get_freeze_count() == 0


# -- add equals a rebuild, in the embedded SQLite store ------------------------------------------


def _graph_of(data_dir: Path) -> tuple[list[tuple[str, dict[str, object]]], list[str]]:
    from paperkg.graph import SQLiteStore

    with SQLiteStore.open(data_dir) as store:
        nodes = sorted(store.iter_nodes(), key=lambda pair: pair[0])
        edges = sorted(json.dumps(e, sort_keys=True) for e in store.iter_edges())
    return nodes, edges


def _build_and_add(
    tmp_path: Path, first: list[Path], second: list[Path], options: BuildOptions
) -> tuple[tuple[list[tuple[str, dict[str, object]]], list[str]], ...]:
    """Return the graphs of a build of ``first`` + ``second`` and of a build of ``first`` then add of ``second``."""
    from paperkg.graph import SQLiteStore

    with SQLiteStore.open(tmp_path / "both", writable=True, create=True) as store:
        build_graph([*first, *second], store, options)
    with SQLiteStore.open(tmp_path / "added", writable=True, create=True) as store:
        build_graph(first, store, options)
    with SQLiteStore.open(tmp_path / "added", writable=True) as store:
        add_papers(second, store, options)
    return _graph_of(tmp_path / "both"), _graph_of(tmp_path / "added")


@pytest.mark.parametrize("infer", [False, True])
def test_build_then_add_gives_the_graph_a_build_of_both_gives(tmp_path: Path, infer: bool) -> None:
    first, second = [HF_OPTIMIZERS, ABSTRACTS], [HF_BATCH, DATASET_VIEWER]
    both, added = _build_and_add(tmp_path, first, second, BuildOptions(infer=infer, similarity=False))
    assert (len(added[0]), len(added[1])) == (len(both[0]), len(both[1]))
    assert added == both


# Older papers mention QuillNet, which no paper of theirs introduces: the added paper does. The
# added PlumeNet paper is older than the one already introducing the name. 2304.00003 comes again
# with a longer title and another author: it is merged into the stored record.
_OLD = [
    {
        "arxiv_id": "2303.00001",
        "title": "Sparse Routing for Vision Models",
        "abstract": "We study routing in vision transformers. We compare against QuillNet on ImageNet and "
        "find that our approach builds on QuillNet to reach higher accuracy with fewer parameters.",
        "published": "2023-03-01",
        "authors": ["Ada Chen", "Wei Garcia"],
    },
    {
        "arxiv_id": "2304.00003",
        "title": "Distilled Feathers",
        "abstract": "Building on QuillNet, we distil attention maps into small students. Experiments on "
        "CIFAR-10 show that QuillNet students match their teachers.",
        "published": "2023-04-01",
        "authors": ["Ada Chen"],
    },
    {
        "arxiv_id": "2305.00004",
        "title": "PlumeNet: Lightweight Plumage Attention",
        "abstract": "We introduce PlumeNet, a lightweight attention architecture. PlumeNet outperforms prior "
        "models on ImageNet while using half the compute.",
        "published": "2023-05-01",
        "authors": ["Priya Okafor"],
    },
    {
        "arxiv_id": "2402.00006",
        "title": "Pruning Plumage",
        "abstract": "We prune the attention heads of PlumeNet. Building on PlumeNet, our pruned models keep "
        "their accuracy on ImageNet with a third of the heads.",
        "published": "2024-02-01",
        "authors": ["Mei Haddad"],
    },
    {
        "arxiv_id": "2403.00007",
        "title": "Feather Adapters",
        "abstract": "Building on LoRA, we fine-tune feathered attention with low-rank updates. Our adapters "
        "match full fine-tuning on GLUE.",
        "published": "2024-03-01",
        "authors": ["Omar Silva"],
    },
]
_NEW = [
    {
        "arxiv_id": "2201.00002",
        "title": "QuillNet: Feathered Attention for Efficient Transformers",
        "abstract": "We propose QuillNet, a feathered attention mechanism for efficient transformers. "
        "QuillNet reduces the cost of attention on ImageNet by a factor of four.",
        "published": "2022-01-05",
        "authors": ["Jonas Schmidt", "Ada Chen"],
    },
    {
        "arxiv_id": "2106.00005",
        "title": "PlumeNet: Plumage Attention Networks",
        "abstract": "We introduce PlumeNet, a plumage attention network for image classification. "
        "PlumeNet is trained on ImageNet.",
        "published": "2021-06-01",
        "authors": ["Sofia Tanaka"],
    },
    {
        "arxiv_id": "2304.00003",
        "title": "Distilled Feathers: Compressing QuillNet Attention",
        "abstract": "Building on QuillNet, we distil attention maps into small students. Experiments on "
        "CIFAR-10 show that QuillNet students match their teachers.",
        "published": "2023-04-01",
        "authors": ["Ada Chen", "Luca Rossi"],
    },
    {
        # the lexicon's paper of LoRA: the name was known before, its introducer was not
        "arxiv_id": "2106.09685",
        "title": "LoRA: Low-Rank Adaptation of Large Language Models",
        "abstract": "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and "
        "injects trainable rank decomposition matrices into each layer of the Transformer architecture.",
        "published": "2021-06-17",
        "authors": ["Edward Hu"],
    },
]


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_add_of_an_introducer_an_older_claimant_and_a_merged_record_gives_the_rebuilt_graph(
    tmp_path: Path,
) -> None:
    first, second = [_jsonl(tmp_path / "old.jsonl", _OLD)], [_jsonl(tmp_path / "new.jsonl", _NEW)]
    both, added = _build_and_add(tmp_path, first, second, BuildOptions(similarity=False))
    assert added == both


def test_add_draws_the_builds_on_of_older_papers_to_the_paper_it_brings(tmp_path: Path) -> None:
    first, second = [_jsonl(tmp_path / "old.jsonl", _OLD)], [_jsonl(tmp_path / "new.jsonl", _NEW)]
    _, added = _build_and_add(tmp_path, first, second, BuildOptions(similarity=False))
    builds_on = {(e["source"], e["target"]) for e in map(json.loads, added[1]) if e["kind"] == "BUILDS_ON"}
    assert ("arxiv:2303.00001", "arxiv:2201.00002") in builds_on


def test_add_draws_the_builds_on_of_older_papers_to_the_lexicon_paper_it_brings(tmp_path: Path) -> None:
    first, second = [_jsonl(tmp_path / "old.jsonl", _OLD)], [_jsonl(tmp_path / "new.jsonl", _NEW)]
    _, added = _build_and_add(tmp_path, first, second, BuildOptions(similarity=False))
    builds_on = {(e["source"], e["target"]) for e in map(json.loads, added[1]) if e["kind"] == "BUILDS_ON"}
    assert ("arxiv:2403.00007", "arxiv:2106.09685") in builds_on


def test_add_merges_a_new_record_of_a_stored_paper(tmp_path: Path) -> None:
    first, second = [_jsonl(tmp_path / "old.jsonl", _OLD)], [_jsonl(tmp_path / "new.jsonl", _NEW)]
    _, added = _build_and_add(tmp_path, first, second, BuildOptions(similarity=False))
    sources = {
        node: [p["source"] for p in data["provenance"]] for node, data in added[0] if "provenance" in data
    }  # type: ignore[union-attr]
    assert sources["arxiv:2304.00003"] == [str(tmp_path / "old.jsonl"), str(tmp_path / "new.jsonl")]


def test_add_writes_a_stored_paper_it_relabels_whole(tmp_path: Path) -> None:
    """An add holds the stored papers slim (no raw abstract, no categories): one it relabels is written whole."""
    from paperkg.graph import SQLiteStore
    from paperkg.models import first_words

    untitled = {
        "arxiv_id": "2305.00009",
        "abstract": "We introduce QuillFormer, a sparse transformer for long documents that halves memory.",
        "published": "2023-05-09",
    }
    first = _jsonl(tmp_path / "old.jsonl", [*_OLD, untitled])
    data = tmp_path / "data"
    with SQLiteStore.open(data, writable=True, create=True) as store:
        build_graph([first], store, BuildOptions(similarity=False))
        paper = store.get_paper("arxiv:2305.00009")
        assert paper is not None and paper.label == "QuillFormer"
        # as a paper labelled by its first words comes to introduce a name: the add labels it anew
        store.upsert_papers([paper.model_copy(update={"label": first_words(paper.abstract or "")})])
        store.save()
    with SQLiteStore.open(data, writable=True) as store:
        add_papers([_jsonl(tmp_path / "new.jsonl", _NEW)], store, BuildOptions(similarity=False))
        store.save()
        stored = store.get_paper("arxiv:2305.00009")
    assert stored is not None
    assert (stored.label, stored.abstract, stored.provenance) == ("QuillFormer", paper.abstract, paper.provenance)


_S2 = EXAMPLES.parent / "tests" / "data"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the citations arrive after their papers
        (["s2-dataset-papers.jsonl"], ["s2-dataset-citations.jsonl"]),
        # cited papers arrive after the papers citing them
        (["s2-dataset-papers.jsonl:-3", "s2-dataset-citations.jsonl"], ["s2-dataset-papers.jsonl:1"]),
    ],
)
def test_add_of_citations_gives_the_rebuilt_graph(
    tmp_path: Path, first: list[str], second: list[str]
) -> None:
    def files(names: list[str], tag: str) -> list[Path]:
        out = []
        for i, name in enumerate(names):
            file, _, cut = name.partition(":")
            lines = (_S2 / file).read_text(encoding="utf-8").splitlines(keepends=True)
            if cut:
                lines = lines[: int(cut)] if int(cut) > 0 else lines[int(cut) :]
            out.append(tmp_path / f"{tag}{i}-{file}")
            out[-1].write_text("".join(lines), encoding="utf-8")
        return out

    both, added = _build_and_add(
        tmp_path, files(first, "a"), files(second, "b"), BuildOptions(similarity=False)
    )
    assert any(json.loads(e)["kind"] == "CITES" for e in added[1])
    assert added == both


def test_adding_what_the_store_holds_writes_no_edge(tmp_path: Path) -> None:
    from paperkg.graph import SQLiteStore

    path = _jsonl(tmp_path / "old.jsonl", _OLD)
    with SQLiteStore.open(tmp_path / "store", writable=True, create=True) as store:
        build_graph([path], store, BuildOptions(similarity=False))
    with SQLiteStore.open(tmp_path / "store", writable=True) as store:
        written = add_papers([path], store, BuildOptions(similarity=False)).written
    assert (written["edges"], written["edges deleted"]) == (0, 0)


@pytest.mark.parametrize(
    "edge",
    [
        {
            "kind": "BUILDS_ON",
            "source": "a",
            "target": "b",
            "relation": "uses",
            "evidence": "e",
            "confidence": 0.5,
        },
        {
            "kind": "SAME_FAMILY",
            "source": "a",
            "target": "b",
            "score": 1.25,
            "shared": ["x", "y"],
            "provenance": "p",
        },
        {"kind": "CITES", "source": "a", "target": "b", "attrs": {"intents": ["background"], "n": 2}},
        # BUILDS_ON's attributes are plain values: read off the model, as they are
        {
            "kind": "BUILDS_ON",
            "source": "a",
            "target": "b",
            "confidence": 0.5,
            "attrs": {"basis": "extends", "reason": None, "count": 2, "weight": 0.25, "sure": True},
        },
        {"kind": "BUILDS_ON", "source": "a", "target": "b", "attrs": {"weight": float("nan"), "far": float("inf")}},
        {"kind": "CITES", "source": "a", "target": "b", "attrs": {"intent": DatePrecision.DAY, "at": {"n": 1}}},
    ],
)
def test_the_row_an_add_compares_is_the_models_dump(edge: dict[str, object]) -> None:
    from paperkg.graph.build import _edge_row
    from paperkg.models import Edge

    model = Edge.model_validate(edge)
    row, dumped = _edge_row(model), model.model_dump(mode="json")
    # json.dumps: the same text (nan is no value equal to itself, and pydantic writes it as null)
    assert (json.dumps(row), not model.attrs or row["attrs"] is not model.attrs) == (json.dumps(dumped), True)


def test_a_build_stores_the_papers_in_the_order_of_the_files(tmp_path: Path) -> None:
    from paperkg.graph import SQLiteStore
    from paperkg.graph.build import load_papers

    index, _, _ = load_papers([HF_OPTIMIZERS, ABSTRACTS])
    with SQLiteStore.open(tmp_path / "s", writable=True, create=True) as store:
        build_graph([HF_OPTIMIZERS, ABSTRACTS], store, _options())
        stored = [p.id for p in store.papers()]
    assert stored == list(index.by_id)


_TOPICS = ["sentiment analysis", "machine translation", "question answering", "summarization", "code generation"]


def _glue_paper(i: int) -> dict[str, object]:
    """A paper evaluated on GLUE: thirty of them make a dataset hub larger than the exact-size weights."""
    topic = _TOPICS[i % len(_TOPICS)]
    return {
        "arxiv_id": f"2301.{i:05d}",
        "title": f"Low-rank adapters for {topic}, study {i}",
        "abstract": f"We fine-tune a large language model with LoRA for {topic}. "
        f"Experiment {i} reports accuracy on GLUE.",
        "published": f"2023-01-{1 + i % 28:02d}",
    }


@pytest.fixture
def glue_hub_add(tmp_path: Path) -> tuple[dict[str, int], int, Path]:
    """Build 30 GLUE papers and add a 31st; return what the add wrote, the pair edges, the data dir."""
    from paperkg.graph import SQLiteStore

    old = _jsonl(tmp_path / "old.jsonl", [_glue_paper(i) for i in range(30)])
    new = _jsonl(tmp_path / "new.jsonl", [_glue_paper(30)])
    options = BuildOptions(similarity=False)
    with SQLiteStore.open(tmp_path / "both", writable=True, create=True) as store:
        build_graph([old, new], store, options)
    with SQLiteStore.open(tmp_path / "added", writable=True, create=True) as store:
        build_graph([old], store, options)
    with SQLiteStore.open(tmp_path / "added", writable=True) as store:
        report = add_papers([new], store, options)
        pairs = store.counts()["edges"]["SHARES_DATASET"]
    return report.written, pairs, tmp_path


def test_add_to_a_large_hub_rewrites_few_of_its_pair_edges(glue_hub_add: tuple[dict[str, int], int, Path]) -> None:
    written, pairs, _ = glue_hub_add
    # GLUE goes from 30 to 31 papers, within one size class: no pair's score moves, so the add
    # writes the new paper's pairs and those it displaces, not every pair of GLUE
    assert written["edges"] < pairs / 5


def test_add_to_a_large_hub_gives_the_rebuilt_graph(glue_hub_add: tuple[dict[str, int], int, Path]) -> None:
    _, _, data = glue_hub_add
    assert _graph_of(data / "added") == _graph_of(data / "both")


def test_a_build_from_scratch_stores_every_paper_whole(tmp_path: Path) -> None:
    """Written first, papers are held for the stages less what no stage reads; the store keeps them whole."""
    from paperkg.graph import SQLiteStore
    from paperkg.graph.build import load_papers

    files = [ABSTRACTS, HF_BATCH]
    index, _, _ = load_papers(files)
    loaded = {p.id: p for p in index.by_id.values()}
    with SQLiteStore.open(tmp_path / "graph", writable=True, create=True) as store:
        build_graph(files, store, BuildOptions(similarity=False))
        stored = {p.id: p for p in store.papers()}
    relabelled = sorted(pid for pid in loaded if stored[pid].label != loaded[pid].label)
    assert len(relabelled) >= 1  # untitled abstracts are named by what they introduce, and written again
    assert sum(1 for p in stored.values() if p.abstract_raw) == sum(1 for p in loaded.values() if p.abstract_raw)
    assert {pid: p.model_copy(update={"label": loaded[pid].label}) for pid, p in stored.items()} == loaded


def test_a_build_ignores_changed_papers_given_in_its_options(tmp_path: Path) -> None:
    from paperkg.graph import SQLiteStore

    papers = [{**_glue_paper(i), "authors": ["Ada Chen"]} for i in range(3)]
    corpus = _jsonl(tmp_path / "three.jsonl", papers)
    options = BuildOptions(similarity=False, changed_papers=frozenset({"arxiv:2301.00001"}))
    with SQLiteStore.open(tmp_path / "s", writable=True, create=True) as store:
        build_graph([corpus], store, options)
        assert store.counts()["edges"]["AUTHORED"] == 3


def test_loaded_papers_share_one_copy_of_each_repeated_author_name(tmp_path: Path) -> None:
    from paperkg.graph.build import load_papers

    records = [
        {"arxiv_id": f"2301.{i:05d}", "title": f"Paper number {i} on adapters", "authors": ["Ada Lovelace"]}
        for i in range(3)
    ]
    # the names are parsed from separate lines: equal strings, separate objects until shared
    index, _, _ = load_papers([_jsonl(tmp_path / "c.jsonl", records)])
    names = [p.authors[0] for p in index.by_id.values()]
    assert names == ["Ada Lovelace"] * 3
    assert len({id(name) for name in names}) == 1


def test_loaded_papers_keep_their_dates(tmp_path: Path) -> None:
    from paperkg.graph.build import load_papers

    records = [
        {"arxiv_id": f"2301.{i:05d}", "title": f"Paper number {i} on adapters", "published": "2023-01-05"}
        for i in range(2)
    ]
    index, _, _ = load_papers([_jsonl(tmp_path / "c.jsonl", records)])
    assert [(p.published, p.year) for p in index.by_id.values()] == [("2023-01-05", 2023)] * 2


def test_a_sealed_index_keeps_its_papers_and_refuses_more() -> None:
    from paperkg.graph.merge import PaperIndex
    from paperkg.models import Paper

    paper = Paper(arxiv_id="2301.00001", title="Low-rank adapters for translation")
    index = PaperIndex([paper])
    index.seal()
    assert list(index.by_id) == ["arxiv:2301.00001"]
    with pytest.raises(RuntimeError, match="sealed"):
        index.add(Paper(arxiv_id="2301.00001"))


# -- a build from scratch writes its papers as they load, in batches -----------------------------


def _sqlite_graph(
    tmp_path: Path, name: str, paths: list[Path], options: BuildOptions
) -> tuple[BuildReport, tuple[list[tuple[str, dict[str, object]]], list[str]]]:
    from paperkg.graph import SQLiteStore

    with SQLiteStore.open(tmp_path / name, writable=True, create=True) as store:
        report = build_graph(paths, store, options)
    return report, _graph_of(tmp_path / name)


def test_papers_written_in_batches_of_two_give_the_graph_of_one_batch(
    tmp_path: Path, duplicates: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperkg.graph.build as build
    import paperkg.inference.pipeline as pipeline

    # the duplicates merge into papers written batches before, one of them renamed (a hash id gets its arXiv id)
    paths, options = [EXAMPLES, duplicates], BuildOptions(similarity=False)
    _, whole = _sqlite_graph(tmp_path, "whole", paths, options)
    monkeypatch.setattr(build, "_WRITE_BATCH", 2)
    monkeypatch.setattr(pipeline, "_TEXT_BATCH", 3)
    report, batched = _sqlite_graph(tmp_path, "batched", paths, options)
    assert (report.merged, batched) == (2, whole)


def test_a_file_refused_half_way_through_its_batches_adds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gzip

    import paperkg.graph.build as build

    good = _jsonl(tmp_path / "good.jsonl", _OLD[:3])
    # 300 papers and then the end of the gzip stream is missing: read 289, then the file is refused
    records = [
        {"arxiv_id": f"2303.{i:05d}", "title": f"Attention Variant Number {i}", "abstract": "We study it. " * 20}
        for i in range(300)
    ]
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode())[:-30])
    options = BuildOptions(similarity=False)
    _, alone = _sqlite_graph(tmp_path, "alone", [good], options)
    monkeypatch.setattr(build, "_WRITE_BATCH", 50)
    report, both = _sqlite_graph(tmp_path, "both", [good, bad], options)
    assert ("truncated" in (report.files[1].refused or ""), report.papers_total, both) == (True, 3, alone)


def test_citations_given_to_papers_written_as_they_loaded_give_the_graph_of_papers_held_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperkg.graph.build as build
    from paperkg.graph import SQLiteStore

    paths, options = [_S2 / "s2-dataset-papers.jsonl", _S2 / "s2-dataset-citations.jsonl"], BuildOptions(similarity=False)
    monkeypatch.setattr(build, "_WRITE_BATCH", 2)
    report, batched = _sqlite_graph(tmp_path, "batched", paths, options)
    # a store that cannot write in savepoints is given every paper whole, after the load
    monkeypatch.delattr(SQLiteStore, "savepoint")
    _, whole = _sqlite_graph(tmp_path, "whole", paths, options)
    cites = sum(json.loads(e)["kind"] == "CITES" for e in batched[1])
    assert (report.citations_linked > 0, cites > 0, batched) == (True, True, whole)


def test_edges_alike_but_for_their_ends_share_one_payload_and_give_their_own_rows() -> None:
    """The rows a store writes from the items are the edges' rows; alike edges hand out one payload."""
    from paperkg.graph.build import _edge_items, _edge_row
    from paperkg.graph.rows import item_row
    from paperkg.models import Edge

    def edge(source: str, **extra: object) -> Edge:
        return Edge.model_validate(
            {"kind": "BUILDS_ON", "source": source, "target": "t", "evidence": f"{source} said", **extra}
        )

    edges = [
        edge("a", confidence=0.5, attrs={"basis": "extends"}),
        edge("b", confidence=0.5, attrs={"basis": "extends"}),
        edge("c", confidence=0.5, attrs={"basis": "uses"}),
        edge("d", confidence=0.5, attrs={"basis": "extends", "n": 1}),
        edge("e", confidence=0.5, attrs={"basis": "extends", "n": True}),
        edge("f", confidence=0.5, attrs={"basis": ["extends"]}),
        edge("g", confidence=0.5, attrs={"basis": ["extends"]}),
    ]
    items = list(_edge_items(edges))
    rows = [item_row("BUILDS_ON", item) for item in items]
    assert (
        [json.dumps(r, sort_keys=True) for r in rows],
        len({id(payload) for *_, payload in items}),
    ) == ([json.dumps(_edge_row(e), sort_keys=True) for e in edges], 6)


def test_a_folder_holding_a_paperkg_data_directory_loads_its_papers_alone(tmp_path: Path) -> None:
    # "paperkg build ." beside ./paperkg-data tried its store, vectors and model files as papers
    project = tmp_path / "project"
    project.mkdir()
    (project / "papers.txt").write_text(ABSTRACTS.read_text(encoding="utf-8"), encoding="utf-8")
    data_dir = project / "paperkg-data"
    runner = CliRunner()
    args = ["build", str(project), "--no-similarity", "--json", "--data-dir", str(data_dir)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    report = json.loads(again.output)
    sources = [f["source"] for f in report["files"]]
    assert (sources, report["files_refused"]) == ([str(project / "papers.txt")], 0)


def test_a_paperkg_data_directory_given_as_papers_says_what_it_is(tmp_path: Path) -> None:
    from paperkg.exceptions import LoadError
    from paperkg.graph.build import expand_paths

    (tmp_path / "graph.sqlite").write_bytes(b"SQLite format 3\x00")
    with pytest.raises(LoadError, match=r"a paperkg data directory \(it holds graph\.sqlite\), not papers"):
        expand_paths([tmp_path])
