"""paperkg eval and paperkg entities on the real seed graph, and the gold file format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.exceptions import LoadError
from paperkg.graph import NetworkXStore
from paperkg.inference.evaluate import evaluate, load_gold
from paperkg.models import Edge, EdgeKind, MethodFamily, Paper

ROOT = Path(__file__).resolve().parent.parent
GOLD_DEV = ROOT / "tests" / "data" / "gold-dev.json"
runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus built once through the CLI, without embeddings."""
    data_dir = tmp_path_factory.mktemp("seed") / "data"
    code, _, err = invoke(
        "build", str(ROOT / "examples"), "--year", "2025", "--no-similarity", "--data-dir", str(data_dir)
    )
    assert code == 0, err
    return data_dir


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    """A small gold file: one right pair, one wrong pair, one paper that is not in the graph."""
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps(
            {
                "papers": {
                    "mkor": {
                        "title": "MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates"
                    },
                    "lamb": {
                        "title": "large batch optimization for deep learning: training BERT in 76 minutes",
                        "datasets": ["ImageNet", "CIFAR10"],
                    },
                    "chinchilla": {"arxiv_id": "2203.15556v2", "families": ["Scaling Laws"]},
                    "2401.00448": {
                        "abstract_prefix": "Large language model (LLM) scaling laws are empirical"
                    },
                    "ghost": {"arxiv_id": "9999.99999"},
                },
                "builds_on": [{"from": "mkor", "to": "lamb"}, {"from": "2401.00448", "to": "ghost"}],
            }
        )
    )
    return path


def report_of(seed_dir: Path, gold: Path):  # type: ignore[no-untyped-def]
    with NetworkXStore.open(seed_dir) as store:
        return evaluate(store, gold)


def test_gold_papers_found_by_arxiv_title_and_abstract_prefix(seed_dir: Path, gold_file: Path) -> None:
    assert report_of(seed_dir, gold_file).unresolved == ["ghost"]


def test_builds_on_true_positive_counted(seed_dir: Path, gold_file: Path) -> None:
    assert report_of(seed_dir, gold_file).builds_on.tp == 1


def test_builds_on_false_positive_listed_with_evidence(seed_dir: Path, gold_file: Path) -> None:
    fps = [
        e
        for e in report_of(seed_dir, gold_file).errors
        if e.category == "builds_on" and e.kind == "false_positive"
    ]
    assert [(e.paper, e.item, e.evidence is not None) for e in fps] == [("2401.00448", "chinchilla", True)]


def test_builds_on_false_negative_says_the_paper_is_missing(seed_dir: Path, gold_file: Path) -> None:
    fns = [
        e
        for e in report_of(seed_dir, gold_file).errors
        if e.kind == "false_negative" and e.category == "builds_on"
    ]
    assert [e.evidence for e in fns] == ["not in the graph: ghost"]


def test_dataset_names_compared_through_aliases(seed_dir: Path, gold_file: Path) -> None:
    # CIFAR10 is an alias of CIFAR-10, which the LAMB abstract does not use: one hit, one miss
    score = report_of(seed_dir, gold_file).datasets
    assert (score.tp, score.fn) == (1, 1)


def test_family_names_compared_case_insensitively(seed_dir: Path, gold_file: Path) -> None:
    assert report_of(seed_dir, gold_file).families.tp == 1


@pytest.mark.parametrize(("category", "floor"), [("builds_on", 0.9), ("datasets", 0.9), ("families", 0.75)])
def test_dev_gold_precision(seed_dir: Path, category: str, floor: float) -> None:
    assert getattr(report_of(seed_dir, GOLD_DEV), category).precision >= floor


@pytest.mark.parametrize(("category", "floor"), [("builds_on", 0.9), ("datasets", 0.9), ("families", 0.85)])
def test_dev_gold_recall(seed_dir: Path, category: str, floor: float) -> None:
    assert getattr(report_of(seed_dir, GOLD_DEV), category).recall >= floor


def test_dev_gold_resolves_every_paper(seed_dir: Path) -> None:
    assert report_of(seed_dir, GOLD_DEV).unresolved == []


def test_gold_pair_naming_an_unknown_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(
        json.dumps({"papers": {"a": {"arxiv_id": "2302.13971"}}, "builds_on": [{"from": "a", "to": "b"}]})
    )
    with pytest.raises(LoadError, match=r"builds_on\.0: 'b' is not a key of 'papers'"):
        load_gold(path)


def test_gold_with_an_unknown_field_names_it(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"papers": {"a": {"doi": "10.1/x"}}}))
    with pytest.raises(LoadError, match=r"papers\.a\.doi"):
        load_gold(path)


def test_eval_command_prints_the_scores(seed_dir: Path) -> None:
    code, out, _ = invoke("eval", str(GOLD_DEV), "--data-dir", str(seed_dir))
    assert code == 0 and "builds_on" in out and "families" in out


def test_eval_command_json(seed_dir: Path, gold_file: Path) -> None:
    _, out, _ = invoke("eval", str(gold_file), "--json", "--data-dir", str(seed_dir))
    assert json.loads(out)["builds_on"]["tp"] == 1


def test_eval_command_missing_gold_is_one_line_error(seed_dir: Path, tmp_path: Path) -> None:
    code, _, err = invoke("eval", str(tmp_path / "absent.json"), "--data-dir", str(seed_dir))
    assert (code, err.count("\n"), "cannot read the gold file" in err) == (1, 1, True)


def test_entities_command_shows_builds_on_with_evidence(seed_dir: Path) -> None:
    code, out, _ = invoke("entities", "MKOR", "--data-dir", str(seed_dir))
    assert code == 0 and "BUILDS_ON" in out and "e.g. the LAMB optimizer" in out


def test_entities_command_json_lists_introduced_names(seed_dir: Path) -> None:
    _, out, _ = invoke("entities", "MKOR", "--json", "--data-dir", str(seed_dir))
    introduced = [i["name"] for i in json.loads(out)["items"] if i["kind"] == "INTRODUCES"]
    assert introduced == ["MKOR", "MKOR-H"]


def test_build_with_a_user_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.json"
    lexicon.write_text(json.dumps({"entries": [{"name": "Jacobian homeostasis", "kind": "method"}]}))
    data_dir = tmp_path / "data"
    invoke(
        "build",
        str(ROOT / "examples" / "hf-daily-papers-optimizers.txt"),
        "--year",
        "2025",
        "--no-similarity",
        "--lexicon",
        str(lexicon),
        "--data-dir",
        str(data_dir),
    )
    _, out, _ = invoke("entities", "equilibrium propagation", "--json", "--data-dir", str(data_dir))
    assert "method:jacobian-homeostasis" in [i["target"] for i in json.loads(out)["items"]]


@pytest.mark.parametrize(("k", "expected"), [("0", 0), ("1", 16)])
def test_related_k_bounds_same_family_edges(tmp_path: Path, k: str, expected: int) -> None:
    data_dir = tmp_path / "data"
    invoke(
        "build", str(ROOT / "examples" / "hf-daily-papers-optimizers.txt"), "--year", "2025",
        "--no-similarity", "--related-k", k, "--data-dir", str(data_dir),
    )  # fmt: skip
    _, out, _ = invoke("stats", "--json", "--data-dir", str(data_dir))
    assert json.loads(out)["edges"].get("SAME_FAMILY", 0) <= expected


def test_loca_lineage_ends_in_the_external_method_lora(seed_dir: Path) -> None:
    from paperkg.inference.explain import external_methods
    from paperkg.queries import resolve_paper

    with NetworkXStore.open(seed_dir) as store:
        loca = resolve_paper(store, "LoCA: Location-Aware Cosine Adaptation").id
        ends = external_methods(store, [loca])
    assert [e.method for e in ends] == ["method:lora"]


def test_lineage_command_prints_each_hop_with_relation_and_evidence(seed_dir: Path) -> None:
    code, out, _ = invoke("lineage", "MKOR", "--data-dir", str(seed_dir))
    assert code == 0 and "[BUILDS_ON compares via LAMB" in out and '"Our experiments show that MKOR' in out


def test_lineage_down_lists_what_builds_on_llama(seed_dir: Path) -> None:
    _, out, _ = invoke("lineage", "2302.13971", "--down", "--json", "--data-dir", str(seed_dir))
    sources = sorted(h["source"]["id"] for h in json.loads(out)["hops"])
    assert sources == ["arxiv:2305.11627", "arxiv:2305.14202", "arxiv:2311.13171"]


def test_lineage_is_transitive(seed_dir: Path) -> None:
    _, out, _ = invoke("lineage", "2401.00448", "--depth", "1", "--json", "--data-dir", str(seed_dir))
    assert [h["target"]["id"] for h in json.loads(out)["hops"]] == ["arxiv:2203.15556"]


def test_lineage_json_ends_in_external_methods(seed_dir: Path) -> None:
    _, out, _ = invoke("lineage", "LoCA", "--json", "--data-dir", str(seed_dir))
    assert [e["name"] for e in json.loads(out)["external_methods"]] == ["LoRA"]


def test_lineage_rejects_an_unknown_via(seed_dir: Path) -> None:
    code, _, _ = invoke("lineage", "MKOR", "--via", "mentions", "--data-dir", str(seed_dir))
    assert code == 2


def test_family_command_lists_members_by_year(seed_dir: Path) -> None:
    _, out, _ = invoke("family", "zeroth-order optimisation", "--json", "--data-dir", str(seed_dir))
    labels = [m["paper"]["label"] for m in json.loads(out)["members"]]
    assert "Fine-Tuning Language Models with Just Forward Passes" in labels


def test_family_command_unknown_family_is_one_line_error(seed_dir: Path) -> None:
    code, _, err = invoke("family", "no such family", "--data-dir", str(seed_dir))
    assert (code, err.count("\n")) == (1, 1)


def test_datasets_command_strongest_first(seed_dir: Path) -> None:
    _, out, _ = invoke("datasets", "Softmax-free Linear Transformers", "--json", "--data-dir", str(seed_dir))
    first = json.loads(out)[0]
    assert (first["paper"]["label"], first["datasets"]) == (
        "Large-batch Optimization for Dense Visual Predictions",
        ["ADE20K", "COCO"],
    )


def test_add_recomputes_inference_over_the_whole_corpus(tmp_path: Path) -> None:
    batch = str(ROOT / "examples" / "hf-daily-papers-batch-size.txt")
    optim = str(ROOT / "examples" / "hf-daily-papers-optimizers.txt")
    both, added = tmp_path / "both", tmp_path / "added"
    invoke("build", batch, optim, "--year", "2025", "--no-similarity", "--data-dir", str(both))
    invoke("build", batch, "--year", "2025", "--no-similarity", "--data-dir", str(added))
    invoke("add", optim, "--year", "2025", "--no-similarity", "--data-dir", str(added))
    counts = [json.loads(invoke("stats", "--json", "--data-dir", str(d))[1])["edges"] for d in (both, added)]
    assert counts[0] == counts[1]


@pytest.mark.parametrize(
    "kinds", [None, [EdgeKind.MENTIONS], [EdgeKind.BUILDS_ON, EdgeKind.IN_FAMILY, EdgeKind.INTRODUCES]]
)
def test_edges_from_gives_what_filtering_every_edge_gives(
    seed_dir: Path, kinds: list[EdgeKind] | None
) -> None:
    with NetworkXStore.open(seed_dir) as store:
        sources = [p.id for p in store.papers()][::7]
        fast = list(store.edges_from([*sources, *sources[:3], "arxiv:0000.00000"], kinds))
        scanned = [e for e in store.edges(kinds) if e.source in set(sources)]
    assert len(fast) > 20
    assert sorted(fast, key=_edge_key) == sorted(scanned, key=_edge_key)


def _edge_key(edge: Edge) -> tuple[str, str, str]:
    return (edge.source, edge.target, edge.kind.value)


def test_external_methods_read_through_a_store_without_adjacency(seed_dir: Path) -> None:
    from paperkg.inference.explain import external_methods, paper_entities
    from paperkg.queries import resolve_paper

    class Protocolled:
        """Only the GraphStore protocol: what a server store offers."""

        def __init__(self, inner: NetworkXStore) -> None:
            self._inner = inner

        def __getattr__(self, name: str) -> object:
            if name in ("graph", "edges_from"):
                raise AttributeError(name)
            return getattr(self._inner, name)

    with NetworkXStore.open(seed_dir) as store:
        loca = resolve_paper(store, "LoCA: Location-Aware Cosine Adaptation").id
        mkor = resolve_paper(store, "MKOR").id
        plain = Protocolled(store)
        assert external_methods(plain, [loca, mkor]) == external_methods(store, [loca, mkor])  # type: ignore[arg-type]
        assert paper_entities(plain, mkor) == paper_entities(store, mkor)  # type: ignore[arg-type]


def test_edge_counts_from_the_adjacency_match_reading_every_edge(seed_dir: Path) -> None:
    from paperkg.queries import edge_counts

    with NetworkXStore.open(seed_dir) as store:
        papers = [p.id for p in store.papers()][::5]
        for node in [*papers, "method:lora", "family:optimizer", "arxiv:0000.00000"]:
            scanned: dict[str, int] = {}
            for edge in store.edges():
                if node in (edge.source, edge.target):
                    scanned[edge.kind.value] = scanned.get(edge.kind.value, 0) + 1
            assert edge_counts(store, node) == scanned, node
        assert sum(edge_counts(store, "method:lora").values()) > 3


# --- introduced names, family pairs and fields ------------------------------------------------

GOLD_FIELDS = ROOT / "tests" / "data" / "gold-fields.json"
FIELDS_CORPUS = ROOT / "tests" / "data" / "gold-fields.jsonl"


@pytest.fixture(scope="module")
def fields_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 63 outside-ML abstracts built once through the CLI."""
    data_dir = tmp_path_factory.mktemp("fields") / "data"
    code, _, err = invoke("build", str(FIELDS_CORPUS), "--no-similarity", "--data-dir", str(data_dir))
    assert code == 0, err
    return data_dir


def test_gold_fields_holds_sixty_real_abstracts_with_their_sources() -> None:
    gold = load_gold(GOLD_FIELDS)
    assert (len(gold.papers) >= 60, all(p.source and p.field for p in gold.papers.values())) == (True, True)


def test_gold_fields_covers_several_fields() -> None:
    fields = {p.field for p in load_gold(GOLD_FIELDS).papers.values()}
    assert fields == {"nlp", "medicine", "biology", "physics", "economics", "chemistry"}


def test_every_gold_fields_paper_is_found(fields_dir: Path) -> None:
    report = report_of(fields_dir, GOLD_FIELDS)
    assert report.papers_found == report.papers_total


def test_eval_reports_each_field(fields_dir: Path) -> None:
    report = report_of(fields_dir, GOLD_FIELDS)
    assert {name: fs.papers for name, fs in report.fields.items()} == {
        "biology": 8,
        "chemistry": 7,
        "economics": 8,
        "medicine": 4,
        "nlp": 26,
        "physics": 10,
    }


def test_the_field_table_dashes_what_there_is_nothing_to_score(fields_dir: Path) -> None:
    # physics holds no gold name and nothing is found there: no 0.00 that reads as a failure
    code, out, _ = invoke("eval", str(GOLD_FIELDS), "--data-dir", str(fields_dir))
    rows = {line.split()[0]: line.split()[2:] for line in out.splitlines() if line.startswith(("physics ", "nlp "))}
    assert code == 0
    assert rows["physics"] == ["-/-", "(0)", "-/-", "(0)", "-/-", "(0)"]
    assert rows["nlp"][0] == "-/0.00"


def test_outside_ml_no_generic_word_links_two_papers(fields_dir: Path) -> None:
    assert report_of(fields_dir, GOLD_FIELDS).builds_on.fp == 0


def test_introduced_names_are_scored_by_name(fields_dir: Path) -> None:
    report = report_of(fields_dir, GOLD_FIELDS)
    found = {e.item for e in report.errors if e.category == "introduced" and e.kind == "false_negative"}
    assert "Espresso" not in found and report.introduced.tp >= 1


def test_family_pairs_count_shared_families(tmp_path: Path) -> None:
    gold = tmp_path / "pairs.json"
    gold.write_text(
        json.dumps(
            {
                "papers": {
                    "a": {"title": "A", "families": ["optimizer"]},
                    "b": {"title": "B", "families": ["optimizer"]},
                    "c": {"title": "C", "families": ["pruning"]},
                }
            }
        )
    )
    with NetworkXStore.open(tmp_path / "d", writable=True, create=True) as store:
        store.upsert_papers([Paper(id=x, title=x.upper()) for x in "abc"])
        store.upsert_entities([MethodFamily(name="optimizer"), MethodFamily(name="pruning")])
        store.upsert_edges(
            [
                Edge(kind=EdgeKind.IN_FAMILY, source="a", target="family:optimizer"),
                Edge(kind=EdgeKind.IN_FAMILY, source="b", target="family:pruning"),
                Edge(kind=EdgeKind.IN_FAMILY, source="c", target="family:pruning"),
            ]
        )
        report = evaluate(store, gold)
    # gold pair a-b is missed, predicted pair b-c is wrong
    assert (report.family_pairs.tp, report.family_pairs.fp, report.family_pairs.fn) == (0, 1, 1)


def test_the_build_summary_says_how_many_names_were_demoted(tmp_path: Path) -> None:
    code, out, _ = invoke("build", str(FIELDS_CORPUS), "--no-similarity", "--data-dir", str(tmp_path / "d"))
    assert code == 0 and "names demoted: 4 (established 2, modifier 2)" in out
