"""The shipped lexicon, user lexicon files and the Papers-with-Code import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests._inference_helpers import PWC_METHODS

from paperkg.exceptions import LoadError
from paperkg.inference.lexicon import import_paperswithcode, load_lexicon, load_lexicons, shipped_lexicon


def test_shipped_lexicon_has_a_few_hundred_entries() -> None:
    assert len(shipped_lexicon()) >= 300


def test_shipped_lexicon_is_versioned() -> None:
    assert shipped_lexicon().version != "0"


def test_every_family_an_entry_names_is_in_the_vocabulary() -> None:
    raw = json.loads(
        (Path(__file__).resolve().parents[1] / "src/paperkg/data/lexicon.json").read_text("utf-8")
    )
    vocabulary = {f["name"] for f in raw["families"]}
    assert {f for e in raw["entries"] for f in e["families"]} - vocabulary == set()


def test_entries_have_at_most_three_families() -> None:
    assert max(len(e.families) for e in shipped_lexicon().entries.values()) <= 3


def test_every_version_of_names_an_entry() -> None:
    lexicon = shipped_lexicon()
    names = {(e.kind, e.name) for e in lexicon.entries.values()}
    assert [
        e.name for e in lexicon.entries.values() if e.version_of and (e.kind, e.version_of) not in names
    ] == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RLHF", "family:rlhf-preference-optimisation"),
        ("PEFT", "family:parameter-efficient-fine-tuning"),
        ("Quantization", "family:quantisation"),
        ("no such family", None),
    ],
)
def test_family_found_by_alias_any_case(name: str, expected: str | None) -> None:
    assert shipped_lexicon().family_id(name) == expected


@pytest.mark.parametrize(
    ("entity", "version_of"),
    [("method:llama-2", "method:llama"), ("method:minilmv2", "method:minilm"), ("method:llama", None)],
)
def test_versions_are_entities_of_their_own(entity: str, version_of: str | None) -> None:
    assert shipped_lexicon().entries[entity].to_entity().version_of == version_of


def test_user_lexicon_adds_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        json.dumps(
            {
                "format": "paperkg-lexicon",
                "version": "1",
                "entries": [{"name": "Hecaton", "kind": "method", "families": ["distributed training"]}],
            }
        )
    )
    assert "method:hecaton" in load_lexicons([path]).entries


def test_user_entry_replaces_the_shipped_one(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"entries": [{"name": "LoRA", "families": ["my family"]}]}))
    assert load_lexicons([path]).entries["method:lora"].families == ["my family"]


def test_bad_lexicon_names_the_file_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"entries": [{"kind": "method"}]}))
    with pytest.raises(LoadError, match=r"bad\.json: entries\.0\.name"):
        load_lexicon(path)


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n "entries": [\n')
    with pytest.raises(LoadError, match=r"broken\.json, line \d+"):
        load_lexicon(path)


def test_missing_file_is_a_load_error(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="cannot read"):
        load_lexicon(tmp_path / "absent.json")


needs_pwc = pytest.mark.skipif(
    not PWC_METHODS.exists(), reason="../shared/data/ has no Papers-with-Code dump"
)


@needs_pwc
def test_paperswithcode_import_reads_every_method() -> None:
    assert len(import_paperswithcode(PWC_METHODS)) >= 1900


@needs_pwc
def test_paperswithcode_full_name_becomes_an_alias() -> None:
    entry = import_paperswithcode(PWC_METHODS).entries["method:gan"]
    assert "Generative Adversarial Network" in entry.surfaces()


@needs_pwc
def test_paperswithcode_collections_become_families() -> None:
    entry = import_paperswithcode(PWC_METHODS).entries["method:adam"]
    assert "Stochastic Optimization" in entry.families


@needs_pwc
def test_load_lexicon_detects_a_paperswithcode_dump() -> None:
    assert load_lexicon(PWC_METHODS).version == "paperswithcode"


def test_paperswithcode_import_rejects_a_non_list(tmp_path: Path) -> None:
    path = tmp_path / "methods.json"
    path.write_text(json.dumps([{"full_name": "no name"}]))
    with pytest.raises(LoadError, match="record 1"):
        import_paperswithcode(path)


@needs_pwc
def test_paperswithcode_import_keeps_curated_entries() -> None:
    entry = load_lexicons([PWC_METHODS]).entries["method:lamb"]
    assert (entry.arxiv, entry.families) == ("1904.00962", ["optimizer", "large-batch training"])


@needs_pwc
def test_paperswithcode_import_adds_new_methods() -> None:
    assert "method:dropout" in load_lexicons([PWC_METHODS]).entries
