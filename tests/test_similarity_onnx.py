"""The model on ONNX Runtime: the same vectors as sentence-transformers, and a query path without torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from tests.conftest import ABSTRACTS, ROOT

from paperkg.exceptions import LoadError
from paperkg.graph import BuildOptions, NetworkXStore, build_graph
from paperkg.loaders import LoadOptions
from paperkg.similarity import Encoder, load_encoder
from paperkg.similarity.onnx_encoder import OnnxEncoder, load_onnx_encoder, onnx_folder

pytestmark = pytest.mark.slow

QUERIES = ["second-order optimizer for pre-training", "sparse lexical retrieval", "LoRA", "x"]


@dataclass
class Exported:
    """A data directory holding the ONNX export and a store of the seed abstracts built with it."""

    data_dir: Path
    onnx: OnnxEncoder
    torch: Encoder
    build_backend: str


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    """Export the default model once, then build the seed abstracts (the build takes ONNX)."""
    data_dir = tmp_path_factory.mktemp("onnx") / "paperkg-data"
    onnx = load_onnx_encoder(None, data_dir)
    options = BuildOptions(load=LoadOptions(year=2025), infer=False, citations=False, data_dir=data_dir)
    with NetworkXStore.open(data_dir, writable=True, create=True) as store:
        report = build_graph([ABSTRACTS], store, options)
    stage = next(s for s in report.stages if s.name == "similarity")
    yield Exported(data_dir, onnx, load_encoder(None, "cpu"), str(stage.summary["backend"]))


def _texts() -> list[str]:
    return [line.strip() for line in ABSTRACTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_document_vectors_match_the_torch_encoder(exported: Exported) -> None:
    texts = _texts()
    cosines = (exported.onnx.encode(texts) * exported.torch.encode(texts)).sum(axis=1)
    assert float(cosines.min()) >= 0.999


def test_query_vectors_match_the_torch_encoder(exported: Exported) -> None:
    cosines = (exported.onnx.encode(QUERIES) * exported.torch.encode(QUERIES)).sum(axis=1)
    assert float(cosines.min()) >= 0.999


def test_vectors_are_unit_length(exported: Exported) -> None:
    np.testing.assert_allclose(np.linalg.norm(exported.onnx.encode(QUERIES), axis=1), 1.0, atol=1e-5)


def test_the_export_lies_beside_the_embeddings_cache(exported: Exported) -> None:
    folder = onnx_folder(exported.data_dir, None)
    assert sorted(p.name for p in folder.iterdir()) == ["meta.json", "model.onnx", "tokenizer.json"]


def test_the_export_records_the_model(exported: Exported) -> None:
    meta = json.loads((onnx_folder(exported.data_dir, None) / "meta.json").read_text())
    assert (meta["model"], meta["max_seq_length"], meta["dim"]) == ("all-MiniLM-L6-v2", 256, 384)


def test_a_build_on_the_cpu_encodes_with_onnx(exported: Exported) -> None:
    assert exported.build_backend == "onnx"


def test_a_damaged_export_names_the_fix(exported: Exported, tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{}")
    with pytest.raises(LoadError, match="delete the folder"):
        OnnxEncoder(tmp_path, "all-MiniLM-L6-v2")


def test_semantic_search_from_the_cli_does_not_import_torch(exported: Exported) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from paperkg.cli import app\n"
        "args = ['search', 'autonomous driving survey', '--semantic', '-n', '1',"
        f" '--json', '--data-dir', {str(exported.data_dir)!r}]\n"
        "result = CliRunner().invoke(app, args)\n"
        "print(result.output)\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    *output, imported = done.stdout.strip().splitlines()
    (hit,) = json.loads("\n".join(output))
    assert (imported, hit["paper"]["label"].startswith("Since DARPA Grand Challenges")) == ("[]", True)
