"""A paper found by the ids its sources gave it (PubMed, OpenAlex, Semantic Scholar), on the embedded store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from paperkg.exceptions import AmbiguousPaper
from paperkg.graph import SQLiteStore
from paperkg.models import Paper
from paperkg.queries import resolve_paper


def _papers() -> list[Paper]:
    return [
        Paper(
            doi="10.1038/s41586-021-03819-2",
            title="Highly accurate protein structure prediction with AlphaFold",
            external_ids={"pubmed": "34265844"},
        ),
        Paper(arxiv_id="2106.09685", title="LoRA: Low-Rank Adaptation", external_ids={"openalex": "W3168867926"}),
        Paper(
            arxiv_id="2309.06180",
            title="Efficient Memory Management for LLM Serving",
            external_ids={"s2": "83b90f4a0ae4cc214eb3cc140ccfef9cd99fac05", "s2corpus": "261697361"},
        ),
    ]


@pytest.fixture
def written(data_dir: Path) -> Path:
    with SQLiteStore.open(data_dir, writable=True, create=True) as store:
        store.upsert_papers(_papers())
    return data_dir


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("34265844", "doi:10.1038/s41586-021-03819-2"),
        ("PMID: 34265844", "doi:10.1038/s41586-021-03819-2"),
        ("pubmed:34265844", "doi:10.1038/s41586-021-03819-2"),
        ("W3168867926", "arxiv:2106.09685"),
        ("https://openalex.org/W3168867926", "arxiv:2106.09685"),
        ("openalex:w3168867926", "arxiv:2106.09685"),
        ("CorpusId:261697361", "arxiv:2309.06180"),
        ("261697361", "arxiv:2309.06180"),
        ("83B90F4A0AE4CC214EB3CC140CCFEF9CD99FAC05", "arxiv:2309.06180"),
        (
            "https://www.semanticscholar.org/paper/Efficient-Memory/83b90f4a0ae4cc214eb3cc140ccfef9cd99fac05",
            "arxiv:2309.06180",
        ),
    ],
)
def test_a_paper_is_found_by_an_id_its_source_gave(written: Path, reference: str, expected: str) -> None:
    with SQLiteStore.open(written) as store:
        assert resolve_paper(store, reference).id == expected


def test_a_rewritten_or_deleted_paper_is_no_longer_found_by_its_old_ids(written: Path) -> None:
    with SQLiteStore.open(written, writable=True) as store:
        moved = _papers()[0].model_copy(update={"external_ids": {"pubmed": "11111111"}})
        store.upsert_papers([moved])
        store.delete_nodes(["arxiv:2106.09685"])
    with SQLiteStore.open(written) as store:
        assert store.papers_with_external_ids(["pubmed:34265844", "openalex:w3168867926"]) == []
        assert resolve_paper(store, "PMID 11111111").id == moved.id


def test_one_id_two_papers_hold_is_ambiguous(written: Path) -> None:
    with SQLiteStore.open(written, writable=True) as store:
        store.upsert_papers([Paper(title="A second record", external_ids={"pubmed": "34265844"})])
    with SQLiteStore.open(written) as store, pytest.raises(AmbiguousPaper):
        resolve_paper(store, "34265844")


def test_a_store_an_earlier_paperkg_wrote_is_read_and_then_indexed(written: Path) -> None:
    with sqlite3.connect(written / "graph.sqlite") as db:
        db.execute("DROP TABLE external_ids")
    with SQLiteStore.open(written) as store:
        assert store.papers_with_external_ids(["pubmed:34265844"]) is None
        assert resolve_paper(store, "PMID: 34265844").title.endswith("AlphaFold")  # type: ignore[union-attr]
    with SQLiteStore.open(written, writable=True):
        pass
    with SQLiteStore.open(written) as store:
        found = store.papers_with_external_ids(["pubmed:34265844"])
        assert [attrs["id"] for attrs in found or []] == ["doi:10.1038/s41586-021-03819-2"]


def test_a_tables_own_id_finds_its_paper(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from paperkg.cli import app

    corpus = tmp_path / "list.jsonl"
    corpus.write_text(
        '{"id": "probe-01", "title": "Dietary Sodium and Hypertension", "abstract": "We follow adults."}\n'
        '{"id": "2106.09685", "title": "LoRA", "abstract": "We propose LoRA."}\n'
        '{"id": "https://doi.org/10.1038/S41586-021-03819-2", "title": "AlphaFold", "abstract": "We fold."}\n',
        encoding="utf-8",
    )
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(corpus), "--no-similarity", "--data-dir", store]).exit_code == 0
    shown = runner.invoke(app, ["show", "probe-01", "--json", "--data-dir", store])
    assert shown.exit_code == 0, shown.output
    assert '"title": "Dietary Sodium and Hypertension"' in shown.output
    # an arXiv id in the column is the paper's arXiv id, as before; a DOI its DOI
    assert runner.invoke(app, ["show", "arxiv:2106.09685", "--data-dir", store]).exit_code == 0
    assert runner.invoke(app, ["show", "doi:10.1038/s41586-021-03819-2", "--data-dir", store]).exit_code == 0


def test_show_prints_the_ids_and_journal_a_source_gave(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from paperkg.cli import app

    store = str(tmp_path / "store")
    runner = CliRunner()
    medline = str(Path(__file__).parent / "data" / "pubmed-medline.txt")
    assert runner.invoke(app, ["build", medline, "--no-similarity", "--data-dir", store]).exit_code == 0
    shown = runner.invoke(app, ["show", "34265844", "--data-dir", store])
    assert shown.exit_code == 0, shown.output
    assert "  ids        pubmed:34265844\n" in shown.output
    assert "  venue      Nature\n" in shown.output
