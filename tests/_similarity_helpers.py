"""A stand-in sentence-transformers model for fast similarity tests: hashed bags of words."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np

from paperkg.similarity.embed import Encoder

DIM = 64


class BagOfWordsModel:
    """Embeds a text as its L2-normalised hashed word counts; records every text it encodes."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def get_sentence_embedding_dimension(self) -> int:
        return DIM

    def encode(self, texts: list[str], **_: Any) -> np.ndarray:
        self.seen.extend(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def fake_encoder(name: str = "bag-of-words", batch_size: int = 4) -> Encoder:
    """An Encoder over :class:`BagOfWordsModel`: the real batching code, a fake model."""
    return Encoder(BagOfWordsModel(), name, "cpu", batch_size)
