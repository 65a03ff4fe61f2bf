#!/usr/bin/env bash
# Install paperkg into the project's virtual environment (.venv, created on first run),
# build the sample corpus into the embedded store, answer a lineage lookup, and write the
# HTML view.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
paperkg_venv all
export PAPERKG_DATA_DIR="${PAPERKG_DATA_DIR:-paperkg-data}"
paperkg build examples/ --year 2025
paperkg stats
# A lineage lookup: what MKOR builds on, hop by hop, with the sentence that shows each hop.
paperkg lineage MKOR
# The interactive view of the whole seed corpus: one offline HTML file; the command prints its path.
paperkg viz --out paperkg-view.html
