#!/bin/bash
# Inference speed of another checkout next to this one, alternating, on one corpus.
# Usage: bash benchmarks/side_by_side_inference.sh BASE_CHECKOUT CORPUS.jsonl [ROUNDS]
# e.g.   git worktree add /tmp/base 74b21ae
#        python -m benchmarks.make_corpus ... (or any JSON Lines corpus)
#        bash benchmarks/side_by_side_inference.sh /tmp/base /tmp/c20k.jsonl 2
set -euo pipefail
base=$(cd "$1" && pwd); corpus=$(realpath "$2"); rounds=${3:-2}
here=$(cd "$(dirname "$0")/.." && pwd)
for _ in $(seq "$rounds"); do
  for tree in "$base" "$here"; do
    printf '%s ' "$tree"
    (cd "$tree" && PYTHONPATH="$tree/src" nice python3 -m benchmarks.bench_inference --corpus "$corpus" --json \
      | python3 -c 'import json, sys; print(json.load(sys.stdin)["inference"])')
  done
done
