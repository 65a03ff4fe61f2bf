#!/usr/bin/env bash
# Install paperkg, build the sample corpus into the embedded store, answer a lineage lookup,
# and write the HTML view.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet torch==2.13.0
python -m pip install --quiet -e '.[all]'
export PAPERKG_DATA_DIR="${PAPERKG_DATA_DIR:-paperkg-data}"
paperkg build examples/ --year 2025
paperkg stats
# A lineage lookup: what MKOR builds on, hop by hop, with the sentence that shows each hop.
paperkg lineage MKOR
# The interactive view of the whole seed corpus: one offline HTML file; the command prints its path.
paperkg viz --out paperkg-view.html
