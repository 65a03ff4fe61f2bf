#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine with Python 3.11, then run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# CPU torch first: a plain 'torch' requirement would pull a multi-GB CUDA build.
python -m pip install --quiet torch==2.13.0
python -m pip install --quiet -e '.[all,test]'
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python -m ruff check src tests benchmarks
python -m mypy
python -m pytest "$@"
