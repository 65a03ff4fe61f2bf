"""Shared fixtures: the seed files, tiny papers, and temporary stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from paperkg.graph import NetworkXStore
from paperkg.models import Paper

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"

HF_OPTIMIZERS = EXAMPLES / "hf-daily-papers-optimizers.txt"
HF_BATCH = EXAMPLES / "hf-daily-papers-batch-size.txt"
ABSTRACTS = EXAMPLES / "abstracts-one-per-line.txt"
DATASET_VIEWER = EXAMPLES / "hf-dataset-viewer-arxiv-abstracts.txt"
SEED_FILES = [HF_OPTIMIZERS, HF_BATCH, ABSTRACTS, DATASET_VIEWER]

# The fuzz suite (tests/test_fuzz.py): a bounded run by default, a long one with
# `pytest tests/test_fuzz.py --hypothesis-profile=fuzz-long` (PAPERKG_FUZZ_EXAMPLES per
# property, 1,000 unless set).
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
settings.register_profile("default", max_examples=12, **_FUZZ)
settings.register_profile(
    "fuzz-long", max_examples=int(os.environ.get("PAPERKG_FUZZ_EXAMPLES", "1000")), **_FUZZ
)


@pytest.fixture
def tiny_papers() -> list[Paper]:
    """Three small papers with ids, dates and titles."""
    return [
        Paper(
            arxiv_id="2302.13971",
            title="LLaMA: Open and Efficient Foundation Language Models",
            abstract="We introduce LLaMA, a collection of foundation language models.",
            published="2023-02-27",
            date_precision="day",
            year=2023,
        ),
        Paper(
            arxiv_id="2307.09288v2",
            title="Llama 2: Open Foundation and Fine-Tuned Chat Models",
            abstract="In this work, we develop and release Llama 2.",
            published="2023-07-18",
            date_precision="day",
            year=2023,
        ),
        Paper(title="A paper without ids", abstract="We study something else entirely."),
    ]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data directory."""
    return tmp_path / "paperkg-data"


@pytest.fixture
def store(data_dir: Path) -> NetworkXStore:
    """A writable, empty NetworkX store; closed after the test."""
    handle = NetworkXStore.open(data_dir, writable=True, create=True)
    yield handle  # type: ignore[misc]
    handle.close()


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second writer gives up after 0.2 s in tests instead of waiting 30 s for the lock."""
    monkeypatch.setenv("PAPERKG_LOCK_WAIT", "0.2")
