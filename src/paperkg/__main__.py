"""Run the CLI as ``python -m paperkg``."""

from paperkg.cli import main

main()
