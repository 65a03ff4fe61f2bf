"""Run the CLI as ``python -m paperkg``."""

from paperkg.cli import main

# Worker processes of a parallel build import this module again: they must not run the CLI.
if __name__ == "__main__":
    main()
