#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine with Python 3.11 into the
# project's virtual environment (.venv, created on first run), then run the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
paperkg_venv all,test
if ! command -v chromium >/dev/null 2>&1; then
    paperkg_apt_get update -qq
    paperkg_apt_get install -y -qq chromium chromium-driver >/dev/null
fi
python -m ruff check src tests benchmarks
python -m mypy
# one worker per core; pass -n 0 to run in this process (e.g. with --pdb)
python -m pytest -n auto "$@"
