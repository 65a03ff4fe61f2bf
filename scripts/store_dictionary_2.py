"""Write src/paperkg/data/store-dictionary-2.txt: the extraction results' part of tag 2's dictionary.

Run once (lexicon 2026.11.1); the file is never changed after a release, since rows deflated
with it read back only with the same bytes: a new lexicon gets a new tag, not a new file.
Tag 2 deflates with store-dictionary-1.txt followed by this file (deflate reaches 32 KiB
back, and nearer strings cost fewer bits: the commonest come last).

    python scripts/store_dictionary_2.py
"""

from __future__ import annotations

import json
from pathlib import Path

from paperkg.models import entity_id

DATA = Path(__file__).resolve().parent.parent / "src" / "paperkg" / "data"


def main() -> None:
    lexicon = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    parts = [
        f'["{entity_id(entry["kind"], entry["name"])}","{entry["name"]}",' for entry in lexicon["entries"]
    ]
    # pass 2's and pass 1's JSON skeletons (paperkg.inference.cache), commonest last
    parts.append(
        '{"i":[[,"method",[],"proposes"]],"m":[[,[[,"uses",false]]]],"f":[[,0,["],'
        '"c":[[,"uses",0.0,null]],"k":[,"s":["compares""extends""names"{"w":true}'
    )
    (DATA / "store-dictionary-2.txt").write_bytes("".join(parts).encode("utf-8"))


if __name__ == "__main__":
    main()
