"""The embeddings cache: vectors keyed by model and a hash of the exact text, as NumPy + JSON.

Layout, one folder per model under ``<data_dir>/embeddings/``::

    embeddings/<model-slug>-<hash of the model name>/
        index.json        {"format": "paperkg-embeddings", "version": 1, "model": ...,
                           "dim": 384, "vectors": "vectors-<token>.npy", "keys": [...]}
        vectors-<token>.npy   float32, row i is the vector of keys[i]

A key is the SHA-256 of the UTF-8 text encoded (first 32 hex digits). A build
saves as batches finish (:meth:`EmbeddingCache.checkpoint`, at most every few
seconds), so an interrupted build keeps what it encoded. Saving
writes a new vectors file, then replaces ``index.json`` atomically (temporary
file, fsync, rename) and only then removes the old vectors file, so a crash
leaves the previous cache whole. No pickle: ``allow_pickle=False`` on every load.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from paperkg.exceptions import StoreCorrupt, StoreVersionError
from paperkg.models import text_key

__all__ = ["CACHE_DIR", "FORMAT_NAME", "FORMAT_VERSION", "EmbeddingCache", "model_folder", "text_key"]

CACHE_DIR = "embeddings"
FORMAT_NAME = "paperkg-embeddings"
FORMAT_VERSION = 1
INDEX_FILE = "index.json"
_VECTORS_NAME = re.compile(r"vectors-[0-9a-f]{1,64}\.npy")


def _model_folder(model: str) -> str:
    slug = re.sub(r"[^0-9A-Za-z]+", "-", model).strip("-")[-48:] or "model"
    return f"{slug}-{hashlib.sha256(model.encode('utf-8')).hexdigest()[:8]}"


def model_folder(data_dir: str | Path, model: str) -> Path:
    """Return the folder of ``model``'s cache in ``data_dir``."""
    return Path(data_dir) / CACHE_DIR / _model_folder(model)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The value of each hexadecimal digit's byte; 255 for every other byte.
_HEX_DIGITS = np.full(256, 255, dtype=np.uint8)
_HEX_DIGITS[np.frombuffer(b"0123456789abcdef", dtype=np.uint8)] = np.arange(16, dtype=np.uint8)
_HEX_DIGITS[np.frombuffer(b"ABCDEF", dtype=np.uint8)] = np.arange(10, 16, dtype=np.uint8)


def _prefixes(keys: list[str]) -> npt.NDArray[np.uint64] | None:
    """Return :func:`~paperkg.models.text_key_prefix` of each key at once (None when one does not begin with 12
    hexadecimal digits): 0.11 s for a million keys, where one at a time took 0.27 s."""
    try:
        heads = np.array(keys, dtype="S12")  # each key's first 12 characters, as ASCII
    except UnicodeEncodeError:
        return None
    digits = _HEX_DIGITS[heads.view(np.uint8).reshape(len(keys), 12)]  # a short key is padded with NUL bytes
    if (digits == 255).any():
        return None
    # two digits a byte, the 6 bytes big-endian after two zero bytes: one 64-bit number each
    wide = np.zeros((len(keys), 8), dtype=np.uint8)
    wide[:, 2:] = (digits[:, 0::2] << 4) | digits[:, 1::2]
    prefixes: npt.NDArray[np.uint64] = wide.view(">u8").ravel().astype(np.uint64)
    return prefixes


class EmbeddingCache:
    """The vectors one model gave for texts, in memory, saved to a data directory.

    Use :meth:`open`; an in-memory cache (``folder=None``) never touches disk.

    Examples
    --------
    >>> cache = EmbeddingCache(None, "m")
    >>> cache.add([text_key("a")], np.ones((1, 3), np.float32))
    >>> cache.missing([text_key("a"), text_key("b")])
    [1]
    """

    def __init__(self, folder: Path | None, model: str) -> None:
        self.folder = folder
        self.model = model
        self.dim: int | None = None
        # each key's row, made when first asked for (a search by the keys' prefixes never does: 0.34 s a million)
        self._row_index: dict[str, int] | None = {}
        self._keys: list[str] = []
        self._stored: npt.NDArray[np.float32] = np.empty((0, 0), np.float32)
        self._pending: list[npt.NDArray[np.float32]] = []
        self._pending_rows = 0
        self._vectors_file: str | None = None
        self._saved_at = time.monotonic()
        # the keys' first 48 bits, sorted, and the row of each (made by rows_of, for as many keys)
        self._prefixes: tuple[int, npt.NDArray[np.uint64], npt.NDArray[np.int64]] | None = None

    @classmethod
    def open(cls, data_dir: str | Path | None, model: str) -> EmbeddingCache:
        """Open the cache of ``model`` in ``data_dir`` (empty when none is saved yet).

        Parameters
        ----------
        data_dir
            The paperkg data directory; ``None`` for a cache kept in memory only.
        model
            The model's cache name (see :func:`paperkg.similarity.embed.model_key`).

        Raises
        ------
        StoreCorrupt
            When the index or vectors file cannot be read or do not match.
        StoreVersionError
            When the cache was written by a newer paperkg.
        """
        if data_dir is None:
            return cls(None, model)
        folder = model_folder(data_dir, model)
        cache = cls(folder, model)
        index_file = folder / INDEX_FILE
        if index_file.exists():
            cache._read(index_file)
        return cache

    def _read(self, index_file: Path) -> None:
        fix = f"delete the folder {index_file.parent} and build again; the vectors will be recomputed"
        try:
            index = json.loads(index_file.read_text(encoding="utf-8"))
            if index.get("format") != FORMAT_NAME:
                raise StoreCorrupt(f"{index_file}: not a paperkg embeddings index; {fix}")
            if int(index.get("version", 0)) > FORMAT_VERSION:
                raise StoreVersionError(
                    f"{index_file}: written by a newer paperkg (version {index['version']}); upgrade paperkg"
                )
            keys = [str(k) for k in index["keys"]]
            vectors_file = str(index["vectors"])
            # A name read from the data directory must stay in it: never a path elsewhere, which
            # a later save would delete as the old vectors file.
            if not _VECTORS_NAME.fullmatch(vectors_file):
                raise StoreCorrupt(
                    f"{index_file}: the vectors file {vectors_file[:80]!r} is not a vectors-*.npy name in this folder; {fix}"
                )
            stored = np.load(index_file.parent / vectors_file, mmap_mode="r", allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise StoreCorrupt(f"{index_file}: cannot read the embeddings cache ({e}); {fix}") from e
        if stored.ndim != 2 or stored.shape[0] != len(keys) or stored.dtype != np.float32:
            raise StoreCorrupt(
                f"{index_file}: {len(keys)} keys but vectors of shape {stored.shape} ({stored.dtype}); {fix}"
            )
        self._keys = keys
        self._row_index = None
        self._stored = stored
        self.dim = int(stored.shape[1])
        self._vectors_file = vectors_file

    @property
    def _rows(self) -> dict[str, int]:
        """Each cached key's row."""
        if self._row_index is None:
            self._row_index = {key: row for row, key in enumerate(self._keys)}
        return self._row_index

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def missing(self, keys: Sequence[str]) -> list[int]:
        """Return the positions in ``keys`` of the keys not cached."""
        return [i for i, key in enumerate(keys) if key not in self._rows]

    def add(self, keys: Sequence[str], vectors: npt.NDArray[np.float32]) -> None:
        """Cache ``vectors[i]`` under ``keys[i]``; keys already cached are skipped.

        Raises
        ------
        ValueError
            When the shapes do not match each other or the cached vectors.
        """
        if vectors.ndim != 2 or vectors.shape[0] != len(keys):
            raise ValueError(f"{len(keys)} keys but vectors of shape {vectors.shape}")
        if self.dim is not None and vectors.shape[1] != self.dim:
            raise ValueError(
                f"the cache of {self.model} holds {self.dim}-d vectors, got {vectors.shape[1]}-d ones"
            )
        firsts: list[int] = []
        for i, key in enumerate(keys):
            if key not in self._rows:  # also skips a text repeated within this call
                self._rows[key] = len(self._keys)
                self._keys.append(key)
                firsts.append(i)
        if firsts:
            self._pending.append(np.ascontiguousarray(vectors[firsts], dtype=np.float32))
            self._pending_rows += len(firsts)
        self.dim = int(vectors.shape[1])

    def get(self, keys: Sequence[str]) -> npt.NDArray[np.float32]:
        """Return the cached vectors of ``keys``, one row each, in order.

        Raises
        ------
        KeyError
            When a key is not cached.
        """
        rows = np.fromiter((self._rows[key] for key in keys), dtype=np.int64, count=len(keys))
        matrix = self._matrix()
        out: npt.NDArray[np.float32] = np.asarray(matrix[rows], dtype=np.float32)
        return out

    def rows_of(self, prefixes: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
        """Return the row of the text whose key begins with each of ``prefixes``: -1 where no cached key
        does, -2 where several do (look those up whole with :meth:`row_of`).

        A prefix is a key's first 48 bits (:func:`paperkg.models.text_key_prefix`), as a store
        keeps a paper's.

        Raises
        ------
        StoreCorrupt
            When a cached key is not hexadecimal.
        """
        if self._prefixes is None or self._prefixes[0] != len(self._keys):
            keys = _prefixes(self._keys)
            if keys is None:
                raise StoreCorrupt(
                    f"{self.folder}: a key of the embeddings cache is not hexadecimal; delete the folder and "
                    "build again, the vectors will be recomputed"
                )
            order = np.argsort(keys)  # keys two rows share are looked up whole: their order does not matter
            self._prefixes = (len(self._keys), keys[order], order)
        _, ordered, rows = self._prefixes
        wanted = np.asarray(prefixes, dtype=np.uint64)
        if not len(ordered):
            return np.full(wanted.shape, -1, dtype=np.int64)
        # looked up in order, then put back: a million searches in a million keys took 0.35 s at random, 0.04 so
        asked = np.argsort(wanted)
        at = np.empty(len(wanted), dtype=np.intp)
        at[asked] = np.minimum(np.searchsorted(ordered, wanted[asked]), len(ordered) - 1)
        found: npt.NDArray[np.int64] = np.where(ordered[at] == wanted, rows[at], -1).astype(np.int64)
        shared = ordered[1:][ordered[1:] == ordered[:-1]]
        if len(shared):
            found[np.isin(wanted, shared)] = -2
        return found

    def row_of(self, key: str) -> int:
        """Return the row of a whole key, -1 when it is not cached."""
        return self._rows.get(key, -1)

    def take(self, rows: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        """Return the cached vectors of ``rows`` (from :meth:`rows_of`), one row each, in order."""
        out: npt.NDArray[np.float32] = np.ascontiguousarray(self._matrix()[rows], dtype=np.float32)
        return out

    def _matrix(self) -> npt.NDArray[np.float32]:
        if self._pending:
            parts = ([np.asarray(self._stored)] if len(self._stored) else []) + self._pending
            self._stored = np.concatenate(parts).astype(np.float32, copy=False)
            self._pending = []
            self._pending_rows = 0
        return self._stored

    @property
    def dirty(self) -> bool:
        """Whether vectors were added since the last save."""
        return bool(self._pending)

    def checkpoint(self, every_seconds: float = 10.0) -> bool:
        """Save when vectors were added and ``every_seconds`` have passed since the last save.

        Called after each encoded batch, it bounds what an interruption loses to
        the last few seconds of work, while the cost of rewriting the vectors
        file stays a small share of the encoding time.

        Returns
        -------
        bool
            Whether it saved.
        """
        if not self._pending or time.monotonic() - self._saved_at < every_seconds:
            return False
        self.save()
        return True

    def save(self) -> None:
        """Write the cache atomically when vectors were added; nothing for an in-memory cache."""
        if self.folder is None or not self._pending:
            return
        matrix = self._matrix()
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"vectors-{secrets.token_hex(6)}.npy"
        target = self.folder / name
        tmp = self.folder / f".{name}.tmp"
        index_tmp = self.folder / f".{INDEX_FILE}.{os.getpid()}.tmp"
        index: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "model": self.model,
            "dim": self.dim,
            "vectors": name,
            "keys": self._keys,
        }
        try:
            with tmp.open("wb") as handle:
                np.save(handle, matrix, allow_pickle=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            with index_tmp.open("w", encoding="utf-8") as handle:
                json.dump(index, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(index_tmp, self.folder / INDEX_FILE)
        except BaseException:
            tmp.unlink(missing_ok=True)
            index_tmp.unlink(missing_ok=True)
            if self._vectors_file != name:
                target.unlink(missing_ok=True)
            raise
        _fsync_dir(self.folder)
        old = self._vectors_file
        self._vectors_file = name
        self._saved_at = time.monotonic()
        if old and old != name:
            (self.folder / old).unlink(missing_ok=True)
