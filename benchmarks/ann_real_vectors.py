"""Encode real scientific texts with all-MiniLM-L6-v2: the sample that ``bench_ann --kind realistic`` is fitted on.

The texts are the seed abstracts (``examples/``) and the method descriptions of
the Papers with Code dump (``../shared/data/paperswithcode-methods-2022.json.gz``,
read in place, never copied): about 1,800 real texts from machine learning and
beyond. Only the vectors are written, to a ``.npy`` outside the project.

Run from the repository root (ONNX Runtime, about a minute on 2 cores)::

    python -m benchmarks.ann_real_vectors --out /tmp/ann/real.npy --data-dir /tmp/ann/data
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from pathlib import Path

import numpy as np

from paperkg.loaders import LoadOptions, load_file
from paperkg.similarity.embed import paper_text
from paperkg.similarity.pipeline import load_any_encoder

DEFAULT_PWC = Path("../shared/data/paperswithcode-methods-2022.json.gz")


def real_texts(examples: Path, pwc: Path) -> list[str]:
    """The seed papers' title + abstract, then every PwC method description of 200+ characters."""
    options = LoadOptions(year=2025)
    texts = [paper_text(p) for path in sorted(examples.glob("*.txt")) for p in load_file(path, options=options)]
    if pwc.exists():
        with gzip.open(pwc, "rt", encoding="utf-8") as f:
            methods = json.load(f)
        for m in methods:
            text = re.sub(r"\s+", " ", re.sub(r"!?\[([^]]*)\]\([^)]*\)", r"\1", m.get("description") or ""))
            if len(text) >= 200:
                texts.append(f"{m.get('full_name') or m.get('name')}. {text.replace('**', '')}")
    return list(dict.fromkeys(texts))


def main(argv: list[str] | None = None) -> None:
    """Encode the texts and save their vectors."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.ann_real_vectors", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True, help="where the ONNX export is kept")
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    parser.add_argument("--pwc", type=Path, default=DEFAULT_PWC)
    args = parser.parse_args(argv)
    texts = real_texts(args.examples, args.pwc)
    encoder = load_any_encoder(None, args.data_dir, "cpu", 64, "onnx")
    vectors = encoder.encode(texts)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.save(args.out, np.asarray(vectors, dtype=np.float32))
    print(json.dumps({"texts": len(texts), "dim": int(vectors.shape[1]), "out": str(args.out)}))


if __name__ == "__main__":
    main()
